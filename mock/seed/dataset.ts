/**
 * The mock's world, built into a store from fixed seeds and a fixed "now", so a test can rely on
 * exact counts, names and orders. Each area has its own seed: the infrastructure and jobs are the
 * same whatever the number of sessions.
 */
import type { MockUser } from "../options.js";
import type { Store } from "../store.js";
import { seedCdp } from "./cdp.js";
import { seedCloud } from "./cloud.js";
import { seedCloudReplication } from "./cloud-replication.js";
import { seedHistory } from "./history.js";
import { seedInfrastructure } from "./infrastructure.js";
import { seedInventory } from "./inventory.js";
import { seedVmJobs } from "./jobs.js";
import { seedNasAndAgents } from "./nas-and-agents.js";
import { seedRestorePoints } from "./restore-points.js";
import { seedSecurity } from "./security.js";
import { Seeder } from "./seeder.js";
import { seedSelfService } from "./self-service.js";

/** The instant the dataset treats as now: sessions end before it, next runs come after it. */
export const DATASET_NOW = new Date(Date.UTC(2026, 11, 1, 0, 0, 0));

/** What the dataset is built from. */
export interface DatasetOptions {
  /** How many backup job sessions the history holds. */
  readonly backupSessions: number;
  /** The users the mock accepts; each gets an Enterprise Manager account. */
  readonly users: readonly MockUser[];
}

/** Fills a store with the dataset. */
export function buildDataset(store: Store, options: DatasetOptions): void {
  const infrastructureSeeder = new Seeder(store, 0x5eed_0001, DATASET_NOW);
  const infrastructure = seedInfrastructure(infrastructureSeeder);
  const inventory = seedInventory(infrastructureSeeder, infrastructure);
  const vmJobs = seedVmJobs(infrastructureSeeder, infrastructure, inventory);
  const nasAndAgents = seedNasAndAgents(infrastructureSeeder, infrastructure);
  const jobs = [...vmJobs.jobs, ...nasAndAgents.nasJobs, ...nasAndAgents.agentJobs];
  const historySeeder = new Seeder(store, 0x5eed_0002, DATASET_NOW);
  const history = seedHistory(historySeeder, jobs, options.backupSessions);
  seedRestorePoints(new Seeder(store, 0x5eed_0003, DATASET_NOW), jobs, inventory, history);
  const protection = new Seeder(store, 0x5eed_0004, DATASET_NOW);
  seedCdp(protection, infrastructure, inventory);
  const cloud = seedCloud(protection, infrastructure);
  seedCloudReplication(protection, cloud);
  const administration = new Seeder(store, 0x5eed_0005, DATASET_NOW);
  seedSecurity(administration, options.users, infrastructure);
  seedSelfService(administration, infrastructure, vmJobs.jobs[0]!);
}
