/**
 * Examples of the reference pages that are wrong, by `page#n` (the n-th example of the page), with
 * the reason. The conformance test checks that each still fails and does not count it as passing.
 * schemas/operations/ERRATA.md lists the same slips among all the others the pages make.
 */
export const KNOWN_EXAMPLE_FAILURES: Readonly<Record<string, string>> = {
  "get_agents_agentrestorepoints_id.md#1": "asks without ?format=Entity but shows the entity, not its EntityRef",
  "get_backupfiles_id.md#1": "asks without ?format=Entity but shows the entity, not its EntityRef",
  "get_cdpreplica_vapps_id.md#1": "asks without ?format=Entity but shows the entity, not its EntityRef",
  "get_cdpreplica_vapps_id_vms.md#1": "asks without ?format=Entity but shows the entities, not EntityReferences",
  "get_cdpreplica_vapps_id_vms_id.md#1": "asks without ?format=Entity but shows the entity, not its EntityRef",
  "get_publicipaddresses_id.md#1": "asks without ?format=Entity but shows the entity, not its EntityRef",
  "get_repositories_id.md#1": "asks without ?format=Entity but shows the entity, not its EntityRef",
  "get_agents_agentrestorepoints_id_mounts_id_filepath.md#1": "the Href attribute holds a bare & (not &amp;): not XML",
  "get_vmrestorepoints_id_mountpoints_id_filepath.md#1": "the Href attribute holds a bare & (not &amp;): not XML",
  "scenario_1_click_restore.md#7": "a link's Href holds a bare & (not &amp;): not XML",
  "get_vcloud_orgconfigs.md#2": "the body closes </VCloudOrganizationConfigs> twice: not XML",
  "get_agents_jobs_id_includes_id.md#1":
    "the Veeam Agent job page's example asks /jobs/{ID}/includes/{ID}, a VM job's include",
  "get_cdppolicies_id_includes.md#1": "the CDP policy page's example asks /jobs/{ID}/includes, a VM job's includes",
  "get_cloudvmreplicapoints_id.md#1":
    "the cloud replica point page's example asks /vmReplicaPoints/{ID}, not /cloud/vmReplicaPoints/{ID}",
  "get_jobs_id_linked_repositories.md#1": "the linked repositories page's example asks /jobs/{ID}/linkedJobs",
  "get_tenants_id_computeresources.md#1": "the compute resources page's example asks /cloud/tenants/{ID}/resources",
  "put_cdppolicies_id.md#1": "the CDP policy edit example sends a CdpPolicy to PUT /jobs/{ID}?action=edit",
  "put_selfservice_vsphere_configs_id.md#1":
    "the vSphere configuration edit example sends a VSphereSelfServiceConfig to PUT /vCloud/orgConfigs/{ID}",
  "post_nas_jobs_id_actiontogglescheduleenabled.md#1":
    "the file share job toggle example posts to /agents/jobs/{ID}/toggleScheduleEnabled, a path no operation has",
  "post_cdpreplicavapp_id_actionintervals.md#1":
    "the example posts to /cdpReplicas/vApps/{ID}; the vApp replicas are at /cdpReplica/vApps",
  "get_reports_summary_statistics.md#1":
    "the example asks /reports/summary/jobs_statistics; the title and HTTP Request say job_statistics",
  "get_wanaccelerators.md#1": "the example asks /wanAcelerators (one c)",
  "scenario_starting_a_job.md#4": "the URL ends in ?action=start/ (a slash after the action)",
  "get_query_job.md#1": "the filter joins two comparisons with & (a new URL parameter) instead of ;",
  "post_agents_agentrestorepoints_id_mounts.md#2":
    "the task follow-up shows a Tasks list for GET /tasks/{ID}, which answers one Task",
  "scenario_1_click_restore.md#1": "logon is shown answering LogonSessions; it answers one LogonSession",
  "scenario_vm_restore.md#1": "logon is shown answering LogonSessions; it answers one LogonSession",
  "post_backupservers.md#1": "the example answers 201 Success; the page's Response Codes say 202 Accepted",
  "scenario_1_click_restore.md#6": "browsing is shown answering 202 Created; its page documents 200 OK",
  "put_method.md#2": "the status reads 20O (a letter O) Success",
  "post_method.md#1": "the example of the POST overview shows no response at all",
  "scenario_vm_restore.md#4": "the scenario's restore shows no body; a VM restore sends a RestoreSpec",
};
