// AWS::EFS file systems and mount targets.
import { draft, type Mapper, only, relate } from '../draft.js';
import { get, refTargets } from '../values.js';

/** A One Zone file system names its zone; a standard one stores data across the region's zones. */
export const mapFileSystem: Mapper = (fact, context) => {
  const fileSystem = draft('aws.efs.filesystem', fact);
  const zone = context.zone(get(fact.properties, 'AvailabilityZoneName'));
  if (zone === undefined) fileSystem.attributes.regionalService = true;
  else fileSystem.zones = [zone];
  return only(fileSystem);
};

export const mapMountTarget: Mapper = (fact) => {
  const target = draft('aws.efs.mount-target', fact);
  target.zonesFromSubnets = true;
  relate(target, 'fileSystem', refTargets(get(fact.properties, 'FileSystemId')));
  relate(target, 'subnet', refTargets(get(fact.properties, 'SubnetId')));
  return only(target);
};
