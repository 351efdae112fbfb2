/**
 * Images that keep data: one container of them is the data (issue 3's list).
 * Matched on the image's own name (the last path segment, without tag or
 * digest): its first word is a store (`postgres`, `postgresql`, `mongodb-community-server`,
 * `redis-stack`) or a vendor's `cp-` prefix (`confluentinc/cp-kafka`).
 * Tools named after a store (`redis-commander`, `mongo-express`) are not stores.
 */
const DATA_STORES = [
  'mysql',
  'mariadb',
  'postgres',
  'mongo',
  'redis',
  'elasticsearch',
  'opensearch',
  'cassandra',
  'rabbitmq',
  'kafka',
  'zookeeper',
  'etcd',
  'minio',
] as const;

/** Spellings of the same stores' image names. */
const ALSO = ['postgresql', 'mongodb'];

const TOOLS = /-(commander|express|exporter|insight|ui|admin|browser|dashboards|cli)$/;

/** The image's own name, lower case: `docker.elastic.co/elasticsearch/elasticsearch:7.16.1` → `elasticsearch`. */
function imageName(image: string): string {
  const withoutDigest = image.split('@')[0] as string;
  const lastSegment = withoutDigest.slice(withoutDigest.lastIndexOf('/') + 1);
  return (lastSegment.split(':')[0] as string).toLowerCase();
}

export function isDataStoreImage(image: string): boolean {
  const name = imageName(image).replace(/^cp-/, '');
  if (TOOLS.test(name)) return false;
  const firstWord = name.split(/[-_.]/)[0] as string;
  return (DATA_STORES as readonly string[]).includes(firstWord) || ALSO.includes(firstWord);
}
