/**
 * The virtual machines of the seeded virtual infrastructure: what jobs back up, what restore
 * points and replicas hold, what the catalog indexes and the lookup service finds.
 */
import { HierarchyItem, type BackupServer, type HierarchyRoot } from "../../generated/index.js";
import type { StoreRecord } from "../store.js";
import type { Infrastructure } from "./infrastructure.js";
import type { Seeder } from "./seeder.js";

/** One VM. */
export interface Vm {
  readonly name: string;
  /** Its reference in the virtual infrastructure (`urn:VMware:Vm:<vCenter>.vm-1042`). */
  readonly ref: string;
  readonly root: StoreRecord<HierarchyRoot>;
  readonly server: StoreRecord<BackupServer>;
  readonly sizeGb: number;
  readonly os: "Windows" | "Linux";
}

/** The VMs, with a lookup by name. */
export interface Inventory {
  readonly vms: readonly Vm[];
  vm(name: string): Vm;
}

/** VM names per backup server and root (see the roots of the infrastructure), with size and guest OS. */
const VMS: readonly (readonly [server: number, root: number, name: string, sizeGb: number, os: "W" | "L"])[] = [
  [0, 0, "exch01", 220, "W"],
  [0, 0, "exch02", 220, "W"],
  [0, 0, "dc01", 60, "W"],
  [0, 0, "dc02", 60, "W"],
  [0, 0, "web01", 40, "L"],
  [0, 0, "web02", 40, "L"],
  [0, 0, "gold-app01", 120, "W"],
  [0, 0, "gold-db01", 300, "L"],
  [0, 1, "sqlhv01", 250, "W"],
  [0, 1, "sqlhv02", 250, "W"],
  [0, 2, "tenant-app01", 80, "L"],
  [1, 0, "fs01", 500, "W"],
  [1, 0, "fs02", 500, "W"],
  [1, 0, "broken01", 90, "W"],
];

/** The guest OS of a seeded VM by name; VMs added later count as Windows (a guess the mock needs for their files). */
export function guestOsOf(name: string): "Windows" | "Linux" {
  return VMS.find((vm) => vm[2] === name)?.[4] === "L" ? "Linux" : "Windows";
}

/** Builds the inventory over the infrastructure's roots. */
export function seedInventory(seeder: Seeder, infrastructure: Infrastructure): Inventory {
  const vms = VMS.map(([server, rootIndex, name, sizeGb, os], index): Vm => {
    const root = infrastructure.roots[server]![rootIndex]!;
    return {
      name,
      ref: vmRef(root, index, seeder.id()),
      root,
      server: infrastructure.servers[server]!,
      sizeGb,
      os: os === "W" ? "Windows" : "Linux",
    };
  });
  for (const vm of vms) addObject(seeder, vm.root, vm.ref, "Vm", vm.name);
  for (const root of infrastructure.roots.flat()) seedContainers(seeder, root);
  const byName = new Map(vms.map((vm) => [vm.name, vm]));
  return {
    vms,
    vm(name) {
      const vm = byName.get(name);
      if (vm === undefined) throw new Error(`the seeded inventory has no VM ${name}`);
      return vm;
    },
  };
}

/** The store family of the objects the lookup service finds; not a resource of its own. */
export const INVENTORY_OBJECTS = "inventoryObject";

function addObject(
  seeder: Seeder,
  root: StoreRecord<HierarchyRoot>,
  objectRef: string,
  objectType: string,
  objectName: string,
) {
  seeder.add(INVENTORY_OBJECTS, () => new HierarchyItem({ objectRef, objectType, objectName }), {
    hierarchyRoot: root,
  });
}

/** The hosts, clusters, pools, datastores and folders of a root (a vCenter has them all, a Hyper-V host itself). */
function seedContainers(seeder: Seeder, root: StoreRecord<HierarchyRoot>): void {
  const name = root.entity.name!;
  if (root.entity.hostType === "HvServer")
    return addObject(seeder, root, objectRef(root, "Host", root.entity.uniqueId!.toLowerCase()), "Host", name);
  if (root.entity.hostType === "VcdSystem")
    return addObject(
      seeder,
      root,
      objectRef(root, "Organization", "urn:vcloud:org:3c1ad3e6-5a44-4c56-9e3a-0a4ce1ab1d4e"),
      "Organization",
      "TenantOrg",
    );
  const objects: [string, string, string][] = [
    ["Datacenter", "datacenter-2", "Datacenter"],
    ["ClusterComputeResource", "domain-c7", "Production Cluster"],
    ["HostSystem", "host-10", `esx01.${name.split(".").slice(1).join(".")}`],
    ["ResourcePool", "resgroup-10734", "Production"],
    ["Datastore", "datastore-15", "Cloud Replicas"],
    ["Folder", "group-v3", "Servers"],
  ];
  for (const [kind, suffix, objectName] of objects)
    addObject(seeder, root, objectRef(root, kind, suffix), kind, objectName);
}

/** A VM's reference in the form of its platform. */
function vmRef(root: StoreRecord<HierarchyRoot>, index: number, guid: string): string {
  const host = root.entity.uniqueId!.toLowerCase();
  switch (root.entity.hostType) {
    case "HvServer":
      return `urn:HyperV:Vm:${host}.${guid}`;
    case "VcdSystem":
      return `urn:vCloud:Vm:${host}.urn:vcloud:vm:${guid}`;
    default:
      return `urn:VMware:Vm:${host}.vm-${1040 + index}`;
  }
}

/** The reference of an object of the infrastructure other than a VM (a host, a folder, a resource pool). */
export function objectRef(root: StoreRecord<HierarchyRoot>, kind: string, suffix: string): string {
  const platform =
    root.entity.hostType === "HvServer" ? "HyperV" : root.entity.hostType === "VcdSystem" ? "vCloud" : "VMware";
  return `urn:${platform}:${kind}:${root.entity.uniqueId!.toLowerCase()}.${suffix}`;
}
