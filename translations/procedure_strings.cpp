// Generated from resources/procedure/*.yaml by tests/translations/tst_translations.cpp (run it
// with DCEHA_UPDATE_GOLDEN=1 after changing a catalog): the step titles, guide references,
// descriptions, instructions and the drill's stages, for lupdate. Never compiled. The engine
// fills ${name} after translating: keep them as they are.
// clang-format off
static const char* const procedureStrings[] = {
    //: owner.yaml, step hacmp-installed, title
    QT_TRANSLATE_NOOP("procedure", "Install and configure HACMP"),
    //: owner.yaml, step hacmp-installed, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 1"),
    //: owner.yaml, step hacmp-installed, description
    QT_TRANSLATE_NOOP("procedure", "HACMP 4.2.1 must be installed and the cluster configured (nodes, adapters, resource groups with the service IP label, the shared volume group and the DCE filesystems) from the planning worksheets. The wizard checks the result: the cluster software is installed and this node's service address is an HACMP service label."),
    //: owner.yaml, step hacmp-installed, instructions
    QT_TRANSLATE_NOOP("procedure", "Install HACMP 4.2.1 (cluster.base.*) and configure the cluster as planned (HACMP for AIX Installation Guide, chapters 6 to 9). Then run the wizard again."),
    //: owner.yaml, step shared-vg, title
    QT_TRANSLATE_NOOP("procedure", "Create the shared volume group ${shared_vg.name}"),
    //: owner.yaml, step shared-vg, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 2 (HACMP Installation Guide, ch. 6)"),
    //: owner.yaml, step shared-vg, description
    QT_TRANSLATE_NOOP("procedure", "The VG is created on the shared disks without automatic varyon at boot (-n: HACMP, not the boot, varies it on), with a major number that the standby's importvg -V reuses, so NFS and device numbers agree on both nodes."),
    //: owner.yaml, step shared-jfslog, title
    QT_TRANSLATE_NOOP("procedure", "Create the JFS log ${shared_vg.jfslog} with its final, non-default name"),
    //: owner.yaml, step shared-jfslog, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, steps 2a and 2d"),
    //: owner.yaml, step shared-jfslog, description
    QT_TRANSLATE_NOOP("procedure", "The guide creates the filesystems first and renames the JFS log afterwards (step 2d), but AIX refuses to rename an open log (0516-708) and crfs would name it loglv00, a default name that importvg renames on a node where it clashes (0516-530). The wizard creates the log with its final name before crfs and passes it with -a logname=. If a default-named loglvNN already serves the shared filesystems, it unmounts them, renames the log (chlv -n), points each filesystem at it (chfs -a log=) and mounts them again."),
    //: owner.yaml, step shared-lv-${item.lv}, title
    QT_TRANSLATE_NOOP("procedure", "Create the logical volume ${item.lv} for ${item.mount}"),
    //: owner.yaml, step shared-lv-${item.lv}, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 2a"),
    //: owner.yaml, step shared-lv-${item.lv}, description
    QT_TRANSLATE_NOOP("procedure", "A non-default name, so the standby's importvg keeps it."),
    //: owner.yaml, step shared-fs-${item.lv}, title
    QT_TRANSLATE_NOOP("procedure", "Create the filesystem ${item.mount} on ${item.lv}"),
    //: owner.yaml, step shared-fs-${item.lv}, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 2b"),
    //: owner.yaml, step shared-fs-${item.lv}, description
    QT_TRANSLATE_NOOP("procedure", "Mounted by HACMP, never at boot (-A no); its log is ${shared_vg.jfslog}."),
    //: owner.yaml, step shared-mount-${item.lv}, title
    QT_TRANSLATE_NOOP("procedure", "Mount ${item.mount}"),
    //: owner.yaml, step shared-mount-${item.lv}, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 2c"),
    //: owner.yaml, step shared-mount-${item.lv}, description
    QT_TRANSLATE_NOOP("procedure", "DCE's files must land on shared DASD, so the filesystems are mounted before DCE is installed."),
    //: owner.yaml, step rpc-unsupported-netaddrs, title
    QT_TRANSLATE_NOOP("procedure", "Exclude every non-service address from DCE's RPC"),
    //: owner.yaml, step rpc-unsupported-netaddrs, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 3; ch. 2, Planning Considerations for DCE"),
    //: owner.yaml, step rpc-unsupported-netaddrs, description
    QT_TRANSLATE_NOOP("procedure", "RPC_UNSUPPORTED_NETADDRS=${network.excluded} in /etc/environment, so DCE servers use only the HACMP service address; the wizard also passes it to the DCE configuration commands it runs."),
    //: owner.yaml, step dfs-cache-lv, title
    QT_TRANSLATE_NOOP("procedure", "Create the logical volume ${dfs_cache.lv} for the DFS client cache"),
    //: owner.yaml, step dfs-cache-lv, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 4"),
    //: owner.yaml, step dfs-cache-lv, description
    QT_TRANSLATE_NOOP("procedure", "The DFS cache lives on local, non-shared DASD (${dfs_cache.vg})."),
    //: owner.yaml, step dfs-cache-fs, title
    QT_TRANSLATE_NOOP("procedure", "Create the DFS cache filesystem ${dfs_cache.mount}"),
    //: owner.yaml, step dfs-cache-fs, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 4"),
    //: owner.yaml, step dfs-cache-fs, description
    QT_TRANSLATE_NOOP("procedure", "A local JFS on this node's own disks, using ${dfs_cache.vg}'s own JFS log. Under a shared filesystem (the guide's default is inside /var/dce) it is not mounted at boot (-A no): mounted at boot, before HACMP mounts /var/dce, it would be covered and DFS would cache on shared disk; the start script mounts it after HACMP has, the stop script unmounts it before HACMP releases /var/dce. Elsewhere it is mounted at boot (-A yes). A mount point other than /var/dce/adm/dfs/cache is passed on to the DFS client configuration."),
    //: owner.yaml, step dfs-cache-mount, title
    QT_TRANSLATE_NOOP("procedure", "Mount the DFS cache ${dfs_cache.mount}"),
    //: owner.yaml, step dfs-cache-mount, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 4"),
    //: owner.yaml, step start-hacmp, title
    QT_TRANSLATE_NOOP("procedure", "Start HACMP and check the service address swap"),
    //: owner.yaml, step start-hacmp, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 5"),
    //: owner.yaml, step start-hacmp, description
    QT_TRANSLATE_NOOP("procedure", "The initial service IP address swap must occur before DCE is configured; in configurations other than mutual takeover the shared filesystems must be mounted (shared DASD accessible before DCE is installed)."),
    //: owner.yaml, step install-dce, title
    QT_TRANSLATE_NOOP("procedure", "Install DCE${dfs.install_title}"),
    //: owner.yaml, step install-dce, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 6"),
    //: owner.yaml, step install-dce, description
    QT_TRANSLATE_NOOP("procedure", "installp from ${dce.install_media}: @{dce.filesets_text}. Already installed filesets are left alone."),
    //: owner.yaml, step configure-dce, title
    QT_TRANSLATE_NOOP("procedure", "Configure DCE (${dce.components_text}) in cell ${cell_name}"),
    //: owner.yaml, step configure-dce, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 7"),
    //: owner.yaml, step configure-dce, description
    QT_TRANSLATE_NOOP("procedure", "The cell_admin password is asked for now (or read from DCE_CELL_ADMIN_PASSWORD) and handed to the configuration on its standard input; it is never written anywhere. RPC_UNSUPPORTED_NETADDRS is set in the command's environment."),
    //: owner.yaml, step configure-dfs, title
    QT_TRANSLATE_NOOP("procedure", "Configure DFS (${dfs.components_text})"),
    //: owner.yaml, step configure-dfs, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 7"),
    //: owner.yaml, step configure-dfs, description
    QT_TRANSLATE_NOOP("procedure", "The DFS client cache is ${dfs_cache.mount}."),
    //: owner.yaml, step dfs-aggregate-lv-${item.lv}, title
    QT_TRANSLATE_NOOP("procedure", "Create the logical volume ${item.lv} for DFS aggregate ${item.name}"),
    //: owner.yaml, step dfs-aggregate-lv-${item.lv}, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 8"),
    //: owner.yaml, step dfs-aggregate-lv-${item.lv}, description
    QT_TRANSLATE_NOOP("procedure", "DFS aggregates live on shared DASD, in the resource group's volume group."),
    //: owner.yaml, step dfs-aggregate-${item.lv}, title
    QT_TRANSLATE_NOOP("procedure", "Initialise and export DFS aggregate ${item.name}"),
    //: owner.yaml, step dfs-aggregate-${item.lv}, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 8"),
    //: owner.yaml, step dfs-aggregate-${item.lv}, description
    QT_TRANSLATE_NOOP("procedure", "newaggr formats the logical volume as an aggregate (destroying what it holds, at most once), the aggregate is named in dfstab (/opt/dcelocal/var/dfs, on the shared /var/dce: the standby's DFS finds it after a takeover), then dfsexport exports it."),
    //: owner.yaml, step scripts, title
    QT_TRANSLATE_NOOP("procedure", "Install the application server scripts in ${scripts_dir}"),
    //: owner.yaml, step scripts, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 9; figures 1-4"),
    //: owner.yaml, step scripts, description
    QT_TRANSLATE_NOOP("procedure", "The start and stop scripts HACMP runs for the application server ${app_server}, generated from the guide's samples with their faults corrected, the same path on both nodes."),
    //: owner.yaml, step stop-dfs, title
    QT_TRANSLATE_NOOP("procedure", "Stop DFS"),
    //: owner.yaml, step stop-dfs, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 10"),
    //: owner.yaml, step stop-dfs, description
    QT_TRANSLATE_NOOP("procedure", "DFS stops before DCE."),
    //: owner.yaml, step stop-dce, title
    QT_TRANSLATE_NOOP("procedure", "Stop DCE"),
    //: owner.yaml, step stop-dce, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 10"),
    //: owner.yaml, step release-by-reboot, title
    QT_TRANSLATE_NOOP("procedure", "Restart this node (shutdown -Fr) to stop the DFS daemons and release the shared DASD"),
    //: owner.yaml, step release-by-reboot, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 11"),
    //: owner.yaml, step release-by-reboot, description
    QT_TRANSLATE_NOOP("procedure", "Only a shutdown or a reboot stops the DFS daemons and makes them let go of the shared DASD (guide, step 11 and ch. 2). The wizard reboots the node (shutdown -Fr); the run resumes after the reboot and this step completes when the node is seen to have restarted and the shared volume group is no longer varied on here."),
    //: owner.yaml, step release-shared-dasd, title
    QT_TRANSLATE_NOOP("procedure", "Unmount /krb5, /var/dce, /etc/dce and vary off ${shared_vg.name}"),
    //: owner.yaml, step release-shared-dasd, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 11"),
    //: owner.yaml, step release-shared-dasd, description
    QT_TRANSLATE_NOOP("procedure", "HACMP, still running since step 5, holds the resource group: unmounting under it would fight the cluster manager. The wizard stops HACMP gracefully (clstop -g), which releases the group, then makes sure the filesystems are unmounted and the VG varied off, so the standby can have the shared DASD."),
    //: owner.yaml, step standby-integrated, title
    QT_TRANSLATE_NOOP("procedure", "Wait until the standby node's integration is complete"),
    //: owner.yaml, step standby-integrated, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, Starting DCE and DFS with HACMP"),
    //: owner.yaml, step standby-integrated, description
    QT_TRANSLATE_NOOP("procedure", "The cluster manager on this node must not start before the standby node has been integrated and has released the shared DASD again."),
    //: owner.yaml, step standby-integrated, instructions
    QT_TRANSLATE_NOOP("procedure", "Run the wizard on the standby node (role standby, with this node's record as the owner node's record). When it reports its integration complete, confirm here: Verify and continue in the GUI, --confirm standby-integrated headless."),
    //: owner.yaml, step start-dce-clients, title
    QT_TRANSLATE_NOOP("procedure", "Start the DCE clients (${dce.components_text}) again"),
    //: owner.yaml, step start-dce-clients, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Planning Considerations for DCE (mutual takeover); ch. 3, Starting DCE and DFS with HACMP"),
    //: owner.yaml, step start-dce-clients, description
    QT_TRANSLATE_NOOP("procedure", "In mutual takeover DCE clients must be operating on both nodes, and HACMP's application servers move only the applications, so nothing else starts DCE again after step 10 stopped it: the guide's \"otherwise, start DCE by running /usr/bin/start.dce\". Before the application servers are registered, so that they find DCE."),
    //: owner.yaml, step start-dfs-client, title
    QT_TRANSLATE_NOOP("procedure", "Start the DFS client again"),
    //: owner.yaml, step start-dfs-client, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Planning Considerations for DFS (mutual takeover); ch. 3, Starting DCE and DFS with HACMP"),
    //: owner.yaml, step start-dfs-client, description
    QT_TRANSLATE_NOOP("procedure", "The guide's \"and then start DFS ... by running /usr/bin/start.dfs\", after DCE."),
    //: owner.yaml, step register-app-server, title
    QT_TRANSLATE_NOOP("procedure", "Register the application server ${app_server} with HACMP"),
    //: owner.yaml, step register-app-server, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Application Server Scripts; ch. 3, Starting DCE and DFS with HACMP"),
    //: owner.yaml, step register-app-server, description
    QT_TRANSLATE_NOOP("procedure", "Registered only now, once both nodes have DCE installed and the scripts in place: registered earlier, the standby's cluster start (its step 5, before DCE is installed there) would run a start script that cannot work. The next step synchronises it to the standby."),
    //: owner.yaml, step register-peer-app-server, title
    QT_TRANSLATE_NOOP("procedure", "Register the other node's application server ${peer_app_server} with HACMP"),
    //: owner.yaml, step register-peer-app-server, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Planning Considerations for DCE (mutual takeover); Application Server Scripts"),
    //: owner.yaml, step register-peer-app-server, description
    QT_TRANSLATE_NOOP("procedure", "In mutual takeover each node's resource group has its own application server. Both are registered from here, in one configuration, before it is synchronised: synchronising from each node in turn would give the other node's server set to both. Its scripts are on both nodes (each installed them)."),
    //: owner.yaml, step synchronise-resources, title
    QT_TRANSLATE_NOOP("procedure", "Synchronise the cluster resources to the other node"),
    //: owner.yaml, step synchronise-resources, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Application Server Scripts; HACMP 4.3 redbook SG24-5131, Synchronize Cluster Resources"),
    //: owner.yaml, step synchronise-resources, description
    QT_TRANSLATE_NOOP("procedure", "HACMP keeps the application server in this node's configuration only until the cluster resources are synchronised (SMIT's Synchronize Cluster Resources); a node whose configuration differs is refused when it joins, so the standby's cluster start would fail. Synchronising again changes nothing. Where the cluster manager runs (mutual takeover), the synchronisation is a dynamic reconfiguration: HACMP starts the newly registered application servers on the nodes that hold their resource groups, and the wizard waits for it to complete."),
    //: owner.yaml, step start-cluster, title
    QT_TRANSLATE_NOOP("procedure", "Start the cluster manager on this node"),
    //: owner.yaml, step start-cluster, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, Starting DCE and DFS with HACMP"),
    //: owner.yaml, step start-cluster, description
    QT_TRANSLATE_NOOP("procedure", "HACMP acquires the resource group and runs the application server start script, which starts DCE (and DFS)."),
    //: standby.yaml, step hacmp-installed, title
    QT_TRANSLATE_NOOP("procedure", "Install and configure HACMP"),
    //: standby.yaml, step hacmp-installed, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 1"),
    //: standby.yaml, step hacmp-installed, description
    QT_TRANSLATE_NOOP("procedure", "HACMP 4.2.1 installed and the cluster configured as on the owner node. The wizard checks the cluster software is installed and the service address is an HACMP service label."),
    //: standby.yaml, step hacmp-installed, instructions
    QT_TRANSLATE_NOOP("procedure", "Install HACMP 4.2.1 (cluster.base.*) and configure the cluster as planned (HACMP for AIX Installation Guide, chapters 6 to 9). Then run the wizard again."),
    //: standby.yaml, step owner-released, title
    QT_TRANSLATE_NOOP("procedure", "Check that the owner node released the shared DASD"),
    //: standby.yaml, step owner-released, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, highest priority node, step 11"),
    //: standby.yaml, step owner-released, description
    QT_TRANSLATE_NOOP("procedure", "The owner's last integration step shuts it down (DFS) or unmounts the DCE filesystems and varies the volume group off. Until then the shared disks are reserved by the owner and importvg would fail."),
    //: standby.yaml, step owner-released, instructions
    QT_TRANSLATE_NOOP("procedure", "Run the owner node's integration up to its release of the shared DASD first (its release-by-reboot or release-shared-dasd step done) and give its record to this wizard (welcome page, or --from-owner-record); or confirm the release yourself: Verify and continue in the GUI, --confirm owner-released headless."),
    //: standby.yaml, step import-shared-vg, title
    QT_TRANSLATE_NOOP("procedure", "Import the shared volume group ${shared_vg.name}"),
    //: standby.yaml, step import-shared-vg, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 2 (HACMP Installation Guide, ch. 6)"),
    //: standby.yaml, step import-shared-vg, description
    QT_TRANSLATE_NOOP("procedure", "importvg with the owner's major number; the wizard then checks that AIX kept every logical volume's name (a name that clashes here is silently renamed, 0516-530, and HACMP would no longer find it) and fails clearly if not. Automatic varyon at boot is switched off (chvg -a n) and the VG varied off, for HACMP to manage."),
    //: standby.yaml, step rpc-unsupported-netaddrs, title
    QT_TRANSLATE_NOOP("procedure", "Exclude every non-service address from DCE's RPC"),
    //: standby.yaml, step rpc-unsupported-netaddrs, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 3; ch. 2, Planning Considerations for DCE"),
    //: standby.yaml, step rpc-unsupported-netaddrs, description
    QT_TRANSLATE_NOOP("procedure", "RPC_UNSUPPORTED_NETADDRS=${network.excluded} in /etc/environment."),
    //: standby.yaml, step dfs-cache-lv, title
    QT_TRANSLATE_NOOP("procedure", "Create the logical volume ${dfs_cache.lv} for the DFS client cache"),
    //: standby.yaml, step dfs-cache-lv, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 4"),
    //: standby.yaml, step dfs-cache-fs, title
    QT_TRANSLATE_NOOP("procedure", "Create the DFS cache filesystem ${dfs_cache.mount}"),
    //: standby.yaml, step dfs-cache-fs, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 4"),
    //: standby.yaml, step dfs-cache-fs, description
    QT_TRANSLATE_NOOP("procedure", "A local JFS on this node's own disks. Under a shared filesystem (the guide's default is inside /var/dce) it is not mounted at boot (-A no): mounted before HACMP mounts /var/dce it would be covered, and DFS would cache on shared disk; the start script mounts it after HACMP has, the stop script unmounts it before HACMP releases /var/dce."),
    //: standby.yaml, step dfs-cache-mount, title
    QT_TRANSLATE_NOOP("procedure", "Mount the DFS cache ${dfs_cache.mount}"),
    //: standby.yaml, step dfs-cache-mount, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 4"),
    //: standby.yaml, step start-hacmp, title
    QT_TRANSLATE_NOOP("procedure", "Start HACMP and check it can take over the shared DASD"),
    //: standby.yaml, step start-hacmp, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 5"),
    //: standby.yaml, step start-hacmp, description
    QT_TRANSLATE_NOOP("procedure", "With the owner node down or its cluster manager stopped, this node acquires the resource group: that verifies HACMP can vary on the volume group and mount /krb5, /var/dce and /etc/dce here."),
    //: standby.yaml, step install-dce, title
    QT_TRANSLATE_NOOP("procedure", "Install DCE${dfs.install_title}"),
    //: standby.yaml, step install-dce, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 6"),
    //: standby.yaml, step install-dce, description
    QT_TRANSLATE_NOOP("procedure", "installp from ${dce.install_media}."),
    //: standby.yaml, step configure-dce-clients, title
    QT_TRANSLATE_NOOP("procedure", "Configure the DCE clients (${dce.clients_text})"),
    //: standby.yaml, step configure-dce-clients, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 7"),
    //: standby.yaml, step configure-dce-clients, description
    QT_TRANSLATE_NOOP("procedure", "In mutual takeover DCE clients run on both nodes. In every other configuration DCE (and DFS) must not be configured on the standby node, and the wizard does not."),
    //: standby.yaml, step configure-dfs-client, title
    QT_TRANSLATE_NOOP("procedure", "Configure the DFS client"),
    //: standby.yaml, step configure-dfs-client, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 7"),
    //: standby.yaml, step dfs-global-root, title
    QT_TRANSLATE_NOOP("procedure", "Create the directory /..."),
    //: standby.yaml, step dfs-global-root, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 8a"),
    //: standby.yaml, step dfs-global-root, description
    QT_TRANSLATE_NOOP("procedure", "The mount point DFS needs on this node in the event of failover."),
    //: standby.yaml, step dfs-link-fs, title
    QT_TRANSLATE_NOOP("procedure", "Link /: to /.../${cell_name}/fs"),
    //: standby.yaml, step dfs-link-fs, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 8b"),
    //: standby.yaml, step dfs-link-cell, title
    QT_TRANSLATE_NOOP("procedure", "Link /.: to /.../${cell_name}"),
    //: standby.yaml, step dfs-link-cell, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 8b"),
    //: standby.yaml, step kerberos5-service, title
    QT_TRANSLATE_NOOP("procedure", "Define the Kerberos KDC port (kerberos5 88/udp) in /etc/services"),
    //: standby.yaml, step kerberos5-service, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 9"),
    //: standby.yaml, step kerberos5-service, description
    QT_TRANSLATE_NOOP("procedure", "The guide's grep also matched commented-out lines; the wizard counts only real entries. An existing kerberos5 entry on another port, or port 88/udp under a name other than kerberos or kerberos5, stops the step with an explanation rather than an edit."),
    //: standby.yaml, step scripts, title
    QT_TRANSLATE_NOOP("procedure", "Install the application server scripts in ${scripts_dir}"),
    //: standby.yaml, step scripts, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 10; figures 1-4"),
    //: standby.yaml, step scripts, description
    QT_TRANSLATE_NOOP("procedure", "The same scripts, at the same path, as on the owner node."),
    //: standby.yaml, step release-shared-dasd, title
    QT_TRANSLATE_NOOP("procedure", "Stop HACMP and release the shared DASD"),
    //: standby.yaml, step release-shared-dasd, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, standby/takeover node, step 11"),
    //: standby.yaml, step release-shared-dasd, description
    QT_TRANSLATE_NOOP("procedure", "A graceful stop of HACMP unmounts /krb5, /var/dce and /etc/dce and varies the volume group off; the wizard then confirms both, so the owner node can start DCE."),
    //: standby.yaml, step owner-cluster-started, title
    QT_TRANSLATE_NOOP("procedure", "Wait until the owner node's cluster manager is up"),
    //: standby.yaml, step owner-cluster-started, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, Starting DCE and DFS with HACMP"),
    //: standby.yaml, step owner-cluster-started, description
    QT_TRANSLATE_NOOP("procedure", "HACMP starts on the highest-priority node first, then on the standby."),
    //: standby.yaml, step owner-cluster-started, instructions
    QT_TRANSLATE_NOOP("procedure", "Start the cluster manager on the owner node (its wizard's last step). When HACMP is up there, confirm here: Verify and continue in the GUI, --confirm owner-cluster-started headless."),
    //: standby.yaml, step start-cluster, title
    QT_TRANSLATE_NOOP("procedure", "Start the cluster manager on this node"),
    //: standby.yaml, step start-cluster, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, Starting DCE and DFS with HACMP"),
    //: drill.yaml, step before, title
    QT_TRANSLATE_NOOP("procedure", "Check that this node holds the resource group before the drill"),
    //: drill.yaml, step before, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Supported HACMP Configurations"),
    //: drill.yaml, step before-peer, title
    QT_TRANSLATE_NOOP("procedure", "Check that the other node's cluster manager runs before the drill"),
    //: drill.yaml, step before-peer, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Supported HACMP Configurations"),
    //: drill.yaml, step before-peer, description
    QT_TRANSLATE_NOOP("procedure", "Both nodes must be up in the cluster: a takeover needs a node to take over. On the simulated cluster this also tells a mistyped --peer-root (a fresh node) from the other node."),
    //: drill.yaml, step before-shared, title
    QT_TRANSLATE_NOOP("procedure", "Check the shared DASD is here before the drill"),
    //: drill.yaml, step before-shared, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Planning Considerations for DCE"),
    //: drill.yaml, step before-dfs, title
    QT_TRANSLATE_NOOP("procedure", "Check DFS and its local cache before the drill"),
    //: drill.yaml, step before-dfs, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Planning Considerations for DFS"),
    //: drill.yaml, step timeline-before, title
    QT_TRANSLATE_NOOP("procedure", "Record where the resources are before the drill"),
    //: drill.yaml, step timeline-before, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Supported HACMP Configurations"),
    //: drill.yaml, step timeline-before, stage (a column of the drill's timeline)
    QT_TRANSLATE_NOOP("procedure", "before the drill"),
    //: drill.yaml, step takeover, title
    QT_TRANSLATE_NOOP("procedure", "Stop HACMP on this node gracefully with takeover (clstop -gr)"),
    //: drill.yaml, step takeover, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DCE Failover Actions: You can stop the owner node with a shutdown mode of graceful with takeover to force a failover of services"),
    //: drill.yaml, step takeover-owner-released, title
    QT_TRANSLATE_NOOP("procedure", "Check that this node's stop script ran and the resources left"),
    //: drill.yaml, step takeover-owner-released, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2: these stop scripts will be run on the owner node before actions on the standby/takeover node begin"),
    //: drill.yaml, step takeover-owner-released-shared, title
    QT_TRANSLATE_NOOP("procedure", "Check that DCE and the shared DASD left this node"),
    //: drill.yaml, step takeover-owner-released-shared, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DCE Failover Actions"),
    //: drill.yaml, step takeover-standby, title
    QT_TRANSLATE_NOOP("procedure", "Check that the standby node took over IP address, shared DASD and DCE"),
    //: drill.yaml, step takeover-standby, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DCE Failover Actions: HACMP on the standby/takeover node must take over IP address and shared DASD"),
    //: drill.yaml, step takeover-standby-rotating, title
    QT_TRANSLATE_NOOP("procedure", "Check that DCE started under the rotating resource's host name, and the host name was restored"),
    //: drill.yaml, step takeover-standby-rotating, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DCE Failover Actions: save the hostname ... set hostname to the name associated with the IP address of the rotating resource ... reset the hostname"),
    //: drill.yaml, step takeover-standby-dfs, title
    QT_TRANSLATE_NOOP("procedure", "Check that DFS started on the standby with its own local cache"),
    //: drill.yaml, step takeover-standby-dfs, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DFS Failover Actions"),
    //: drill.yaml, step takeover-mutual-clients, title
    QT_TRANSLATE_NOOP("procedure", "Check that the DCE clients still run on this node"),
    //: drill.yaml, step takeover-mutual-clients, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Planning Considerations for DCE (mutual takeover): DCE clients must be operating on both of the mutual takeover peer nodes"),
    //: drill.yaml, step takeover-mutual-dfs-client, title
    QT_TRANSLATE_NOOP("procedure", "Check that the DFS client still runs on this node"),
    //: drill.yaml, step takeover-mutual-dfs-client, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Planning Considerations for DFS (mutual takeover): DFS clients must be operating on both of the mutual takeover peer nodes"),
    //: drill.yaml, step takeover-mutual, title
    QT_TRANSLATE_NOOP("procedure", "Check that the other node took over this node's service address and applications"),
    //: drill.yaml, step takeover-mutual, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Planning Considerations for DCE (mutual takeover): the DCE applications which are being taken over continue running on the service address for the node which failed"),
    //: drill.yaml, step timeline-takeover, title
    QT_TRANSLATE_NOOP("procedure", "Record where the resources are after the takeover"),
    //: drill.yaml, step timeline-takeover, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Supported HACMP Configurations"),
    //: drill.yaml, step timeline-takeover, stage (a column of the drill's timeline)
    QT_TRANSLATE_NOOP("procedure", "after the takeover"),
    //: drill.yaml, step reintegrate-dfs-stop-standby, title
    QT_TRANSLATE_NOOP("procedure", "Stop HACMP on the standby node gracefully"),
    //: drill.yaml, step reintegrate-dfs-stop-standby, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DFS Reintegration Actions: the standby node must be shut down or rebooted before HACMP is started on the owner node"),
    //: drill.yaml, step reintegrate-dfs-reboot-standby, title
    QT_TRANSLATE_NOOP("procedure", "Reboot the standby node (the DFS kernel extensions stay loaded until a restart)"),
    //: drill.yaml, step reintegrate-dfs-reboot-standby, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DFS Reintegration Actions"),
    //: drill.yaml, step reintegrate-start-owner, title
    QT_TRANSLATE_NOOP("procedure", "Start HACMP on this node again (reintegration)"),
    //: drill.yaml, step reintegrate-start-owner, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DCE Reintegration Actions: start HACMP on the owner node; the owner node reacquires its resources"),
    //: drill.yaml, step reintegrate-owner, title
    QT_TRANSLATE_NOOP("procedure", "Check that this node reacquired its resources and DCE"),
    //: drill.yaml, step reintegrate-owner, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DCE Reintegration Actions"),
    //: drill.yaml, step reintegrate-mutual, title
    QT_TRANSLATE_NOOP("procedure", "Check that this node took its service address and applications back"),
    //: drill.yaml, step reintegrate-mutual, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Supported HACMP Configurations (mutual takeover: two cascading resource groups)"),
    //: drill.yaml, step reintegrate-mutual-peer, title
    QT_TRANSLATE_NOOP("procedure", "Check that the other node gave this node's applications back"),
    //: drill.yaml, step reintegrate-mutual-peer, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Supported HACMP Configurations (mutual takeover: two cascading resource groups)"),
    //: drill.yaml, step reintegrate-owner-shared, title
    QT_TRANSLATE_NOOP("procedure", "Check that the shared DASD is back on this node"),
    //: drill.yaml, step reintegrate-owner-shared, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DCE Reintegration Actions"),
    //: drill.yaml, step reintegrate-owner-dfs, title
    QT_TRANSLATE_NOOP("procedure", "Check that DFS runs here again with this node's local cache"),
    //: drill.yaml, step reintegrate-owner-dfs, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DFS Reintegration Actions"),
    //: drill.yaml, step reintegrate-dce-standby-released, title
    QT_TRANSLATE_NOOP("procedure", "Check that the standby node released the resources (its stop script stopped DCE)"),
    //: drill.yaml, step reintegrate-dce-standby-released, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DCE Reintegration Actions: stop DCE on the standby/takeover node"),
    //: drill.yaml, step reintegrate-rotating, title
    QT_TRANSLATE_NOOP("procedure", "Check that the returning node became the standby (no reintegration with rotating resources)"),
    //: drill.yaml, step reintegrate-rotating, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2: Reintegration does not occur in the HACMP one-for-one (hot) standby configuration with rotating resources"),
    //: drill.yaml, step timeline-returned, title
    QT_TRANSLATE_NOOP("procedure", "Record where the resources are after this node's return"),
    //: drill.yaml, step timeline-returned, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Supported HACMP Configurations"),
    //: drill.yaml, step timeline-returned, stage (a column of the drill's timeline)
    QT_TRANSLATE_NOOP("procedure", "after this node's return"),
    //: drill.yaml, step reintegrate-rotating-back, title
    QT_TRANSLATE_NOOP("procedure", "Move the resources back to this node (graceful stop with takeover of the other node)"),
    //: drill.yaml, step reintegrate-rotating-back, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DCE Failover Actions"),
    //: drill.yaml, step reintegrate-rotating-owner, title
    QT_TRANSLATE_NOOP("procedure", "Check that this node serves again"),
    //: drill.yaml, step reintegrate-rotating-owner, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DCE Failover Actions"),
    //: drill.yaml, step timeline-moved-back, title
    QT_TRANSLATE_NOOP("procedure", "Record where the resources are after moving them back"),
    //: drill.yaml, step timeline-moved-back, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Supported HACMP Configurations"),
    //: drill.yaml, step timeline-moved-back, stage (a column of the drill's timeline)
    QT_TRANSLATE_NOOP("procedure", "after moving them back"),
    //: drill.yaml, step rejoin-standby, title
    QT_TRANSLATE_NOOP("procedure", "Start HACMP on the other node again"),
    //: drill.yaml, step rejoin-standby, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Supported HACMP Configurations"),
    //: drill.yaml, step timeline-rejoined, title
    QT_TRANSLATE_NOOP("procedure", "Record where the resources are after the other node rejoined"),
    //: drill.yaml, step timeline-rejoined, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Supported HACMP Configurations"),
    //: drill.yaml, step timeline-rejoined, stage (a column of the drill's timeline)
    QT_TRANSLATE_NOOP("procedure", "after the other node rejoined"),
    //: drill.yaml, step failure-peer, title
    QT_TRANSLATE_NOOP("procedure", "Restart the other node without stopping HACMP (a node failure)"),
    //: drill.yaml, step failure-peer, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DCE Failover Actions: In the case of a nongraceful takeover, this stop script would not be started"),
    //: drill.yaml, step failure-peer, description
    QT_TRANSLATE_NOOP("procedure", "shutdown -Fr without clstop: for HACMP the node is lost, not stopped. The wait reads this node's hacmp.out, where the survivor logs the takeover."),
    //: drill.yaml, step failure-survivor, title
    QT_TRANSLATE_NOOP("procedure", "Check that this node processed the other node's failure without a stop script"),
    //: drill.yaml, step failure-survivor, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, DCE Failover Actions: In the case of a nongraceful takeover, this stop script would not be started"),
    //: drill.yaml, step failure-survivor-mutual, title
    QT_TRANSLATE_NOOP("procedure", "Check that this node took over the failed node's service address and applications"),
    //: drill.yaml, step failure-survivor-mutual, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Planning Considerations for DCE (mutual takeover): the DCE applications which are being taken over continue running on the service address for the node which failed"),
    //: drill.yaml, step timeline-failure, title
    QT_TRANSLATE_NOOP("procedure", "Record where the resources are after the other node's failure"),
    //: drill.yaml, step timeline-failure, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Supported HACMP Configurations"),
    //: drill.yaml, step timeline-failure, stage (a column of the drill's timeline)
    QT_TRANSLATE_NOOP("procedure", "after the other node's failure"),
    //: drill.yaml, step failure-peer-dce, title
    QT_TRANSLATE_NOOP("procedure", "Start the DCE clients on the other node again (after its restart)"),
    //: drill.yaml, step failure-peer-dce, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Planning Considerations for DCE (mutual takeover); ch. 3, Starting DCE and DFS with HACMP: start DCE by running /usr/bin/start.dce"),
    //: drill.yaml, step failure-peer-dfs, title
    QT_TRANSLATE_NOOP("procedure", "Start the DFS client on the other node again"),
    //: drill.yaml, step failure-peer-dfs, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 3, Starting DCE and DFS with HACMP: then start DFS by running /usr/bin/start.dfs"),
    //: drill.yaml, step failure-rejoin-peer, title
    QT_TRANSLATE_NOOP("procedure", "Start HACMP on the restarted node (it reintegrates)"),
    //: drill.yaml, step failure-rejoin-peer, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Supported HACMP Configurations (cascading: the node takes its resources back)"),
    //: drill.yaml, step failure-returned-mutual, title
    QT_TRANSLATE_NOOP("procedure", "Check that this node gave the returning node's applications back"),
    //: drill.yaml, step failure-returned-mutual, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Supported HACMP Configurations (mutual takeover: two cascading resource groups)"),
    //: drill.yaml, step timeline-failed-rejoined, title
    QT_TRANSLATE_NOOP("procedure", "Record where the resources are after the failed node rejoined"),
    //: drill.yaml, step timeline-failed-rejoined, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Supported HACMP Configurations"),
    //: drill.yaml, step timeline-failed-rejoined, stage (a column of the drill's timeline)
    QT_TRANSLATE_NOOP("procedure", "after the failed node rejoined"),
    //: drill.yaml, step after, title
    QT_TRANSLATE_NOOP("procedure", "Check that the cluster is back as it was before the drill"),
    //: drill.yaml, step after, guide
    QT_TRANSLATE_NOOP("procedure", "Ch. 2, Supported HACMP Configurations"),
};
// clang-format on
