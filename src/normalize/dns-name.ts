/** DNS names compare without case and without the root's trailing dot (`Shop.Example.com.` → `shop.example.com`). */
export function dnsName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}
