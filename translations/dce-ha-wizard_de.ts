<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>dceha::CellPage</name>
    <message>
        <source>Cell and DCE</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DCE cell, the components this node configures, and where DCE is installed from.</source>
        <comment>@subtitle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cell name:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell name</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCE ser&amp;vers:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCE c&amp;lients:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCE server %1</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCE client %1</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation &amp;media:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation media</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotating host name:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating host name</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual takeover: DCE and DFS servers cannot run on this node; only clients.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby node: DCE is installed here but not configured; it runs the owner&apos;s configuration from the shared DASD after a takeover.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner node hosts the cell&apos;s servers.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dceha::ClusterPage</name>
    <message>
        <source>Cluster</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HACMP configuration of this cluster and the role of this node.</source>
        <comment>@subtitle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot standby, cascading resources</source>
        <comment>@item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-sided takeover, cascading resources</source>
        <comment>@item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot standby, rotating resources</source>
        <comment>@item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual takeover, cascading resources</source>
        <comment>@item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HACMP configuration</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HACMP configuration:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner (highest priority node)</source>
        <comment>@option:radio</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standby/takeover node</source>
        <comment>@option:radio</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and configure &amp;DFS too</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual takeover: DCE and DFS servers cannot run on these nodes, and DCE/DFS clients are not taken over; no DCE filesystems on shared DASD. Only clients and applications are configured.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby node: DCE and DFS are installed here but must not be configured; the shared volume group is imported from the owner node once it has released it.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner node: /var/dce, /etc/dce and /krb5 go on shared DASD, DCE (and DFS) servers are configured here, then the node releases the shared DASD for the standby.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating resources: DCE runs under the rotating resource&apos;s host name.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dceha::ConfigurationDiagram</name>
    <message>
        <source>this node</source>
        <comment>@label diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCE (and DFS) servers, the applications</source>
        <comment>@label diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle: waits to take over</source>
        <comment>@label diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs its own, non-critical applications</source>
        <comment>@label diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCE (and DFS) under the rotating host name, the applications</source>
        <comment>@label diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its applications, DCE/DFS clients only</source>
        <comment>@label diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner node (highest priority)</source>
        <comment>@label diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby/takeover node</source>
        <comment>@label diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes over the other&apos;s applications</source>
        <comment>@label diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes over when the owner fails</source>
        <comment>@label diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fall-back: the resources stay where they are</source>
        <comment>@label diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives them back when the owner rejoins</source>
        <comment>@label diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared DASD</source>
        <comment>@label diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applications&apos; data; no DCE filesystems</source>
        <comment>@label diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/var/dce, /etc/dce, /krb5 (and the DFS aggregates)</source>
        <comment>@label diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram of the configuration</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each node runs its own applications and takes over the other&apos;s.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby node takes over when the owner fails; the resources do not fall back.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby node takes over when the owner fails and gives the resources back when the owner rejoins.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dceha::DfsPage</name>
    <message>
        <source>DFS</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DFS client cache lives in a local JFS on non-shared DASD; DFS aggregates live on the shared volume group.</source>
        <comment>@subtitle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache &amp;volume group:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache volume group</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache &amp;logical volume:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache logical volume</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache &amp;size (MB):</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache size in MB</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache &amp;mount point:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache mount point</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ggregates on shared DASD:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical volume</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DFS aggregates</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add aggregate</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove aggregate</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 MB free of %3 MB.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dceha::NetworkPage</name>
    <message>
        <source>Network</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCE must use only the HACMP service addresses: every other address of this node is excluded from its RPC (at most 10).</source>
        <comment>@subtitle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HACMP label</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network adapters</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC_UNSUPPORTED_NETADDRS</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service (kept)</source>
        <comment>@item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boot (excluded)</source>
        <comment>@item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby (excluded)</source>
        <comment>@item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not this node&apos;s</source>
        <comment>@item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of %1</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dceha::ReviewPage</name>
    <message>
        <source>Export the plan</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step with its guide reference and the exact commands and file edits. Nothing has run yet.</source>
        <comment>@subtitle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport the plan…</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers are refused; nothing can run:</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the owner&apos;s record: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <comment>@item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already done</source>
        <comment>@item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <comment>@item</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dceha::RunController</name>
    <message>
        <source>The run in progress had other answers; its checkpoint is kept as %1.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dceha::RunPage</name>
    <message>
        <source>Stopping after the current step…</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps run one by one; the run can be stopped and resumed at any time.</source>
        <comment>@subtitle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command output</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify and continue</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the operator step&apos;s result, then continues the run.</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top after this step</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step under way finishes; the checkpoint keeps everything, and Resume continues.</source>
        <comment>@info:tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: every step is done.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed: its command and output are below. Fix the cause, then retry.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an operator step (%1): do what it says, then verify.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another dce-ha-wizard holds this node&apos;s state directory.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The checkpoint keeps every step done; Resume continues from here.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has run yet. Start runs the plan of the review page.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dceha::ScriptsPage</name>
    <message>
        <source>Application server scripts</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HACMP starts and stops DCE (and DFS) through these scripts; the same path on both nodes.</source>
        <comment>@subtitle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts &amp;directory:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts directory</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;server:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application server name</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register it with HACMP (claddserv) before the cluster start</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also install node_down post-event and node_up pre-event &amp;wrappers</source>
        <comment>@option:check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start command</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop command</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your applications, started after DCE/DFS and stopped before</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your a&amp;pplications (started after DCE/DFS, stopped before; programs by full path):</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dceha::StoragePage</name>
    <message>
        <source>Shared storage</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/var/dce, /etc/dce and /krb5 on shared DASD, in a volume group HACMP varies on; every name non-default, so the standby&apos;s importvg keeps it.</source>
        <comment>@subtitle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;volume group:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared volume group</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;disks:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared disks</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared disk shows the same PVID on both nodes (compare with lspv on the other node); disks in a local volume group cannot be chosen.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JFS log:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JFS log</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount point</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical volume</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared filesystems</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  PVID %2  (in no volume group)</source>
        <comment>@item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  PVID %2  (in %3)</source>
        <comment>@item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  PVID %2  (in the local volume group %3)</source>
        <comment>@item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists on this node: %2 MB free of %3 MB. The filesystems ask for %4 MB.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filesystems ask for %1 MB on the shared disks (%2 is made by the run).</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dceha::SummaryPage</name>
    <message>
        <source>Export the record</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;YAML…</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export re&amp;play script…</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the HTML record</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of the owner node is done, the shared DASD is released, and its cluster manager runs.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of the standby node is done and its cluster manager runs.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is saved as %1 (.yaml and .html).</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: copy %1 to the standby node and run the wizard there with it as the owner node&apos;s record (welcome page, or --from-owner-record): the standby takes the shared answers from it and imports the volume group the owner released.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: start the cluster on both nodes and test a takeover (stop the owner&apos;s cluster services with takeover) before production. Keep both nodes&apos; records with the change ticket.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dceha::WelcomePage</name>
    <message>
        <source>Answers file</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers (*.yaml *.yml)</source>
        <comment>@item:inlistbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner node&apos;s record</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records (*.yaml *.yml)</source>
        <comment>@item:inlistbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrate DCE and DFS with HACMP</source>
        <comment>@title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps of chapter 3 of the IBM guide, on this node, in order, each checked before and after.</source>
        <comment>@subtitle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard walks the highest-priority (owner) node or the standby/takeover node through the integration: shared volume group and filesystems, RPC_UNSUPPORTED_NETADDRS, the DFS cache, DCE/DFS installation and configuration, the application server scripts, and the release of the shared DASD. You see the whole plan before anything runs; an interrupted run resumes where it stopped.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answers file (empty: choose on the next page):</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers file</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the answers file</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner node&apos;s record (on the standby node, from the owner&apos;s run):</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner node&apos;s record</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the owner node&apos;s record</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run was started on this node</source>
        <comment>@title:group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume it with its answers, where it stopped</source>
        <comment>@option:radio</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart over (its checkpoint is kept aside; work already on the node is recognised)</source>
        <comment>@option:radio</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint cannot be read; choose Start over.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint cannot be set aside: another dce-ha-wizard holds this node&apos;s state directory.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dceha::WizardModel</name>
    <message>
        <source>cannot read %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the record of a %2 node, not of the owner</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must agree with the owner node: %1</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration of this node is complete (%1, %2): all %3 steps done.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress on this node (%1, %2): %3 of %4 steps done.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell_admin password</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DCE configuration needs the cell_admin password.
It goes to mkdce on its standard input and is never stored.</source>
        <comment>@label</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dceha::WizardWindow</name>
    <message>
        <source>DCE/DFS integration with HACMP</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step is running</source>
        <comment>@title:window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard is running a step on this node. Stop after this step and close? The checkpoint keeps everything done; opening the wizard again offers to resume.</source>
        <comment>@info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procedure</name>
    <message>
        <source>Install and configure HACMP</source>
        <extracomment>owner.yaml, step hacmp-installed, title
----------
standby.yaml, step hacmp-installed, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HACMP 4.2.1 must be installed and the cluster configured (nodes, adapters, resource groups with the service IP label, the shared volume group and the DCE filesystems) from the planning worksheets. The wizard checks the result: the cluster software is installed and this node&apos;s service address is an HACMP service label.</source>
        <extracomment>owner.yaml, step hacmp-installed, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install HACMP 4.2.1 (cluster.base.*) and configure the cluster as planned (HACMP for AIX Installation Guide, chapters 6 to 9). Then run the wizard again.</source>
        <extracomment>owner.yaml, step hacmp-installed, instructions
----------
standby.yaml, step hacmp-installed, instructions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the shared volume group ${shared_vg.name}</source>
        <extracomment>owner.yaml, step shared-vg, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VG is created on the shared disks without automatic varyon at boot (-n: HACMP, not the boot, varies it on), with a major number that the standby&apos;s importvg -V reuses, so NFS and device numbers agree on both nodes.</source>
        <extracomment>owner.yaml, step shared-vg, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the JFS log ${shared_vg.jfslog} with its final, non-default name</source>
        <extracomment>owner.yaml, step shared-jfslog, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide creates the filesystems first and renames the JFS log afterwards (step 2d), but AIX refuses to rename an open log (0516-708) and crfs would name it loglv00, a default name that importvg renames on a node where it clashes (0516-530). The wizard creates the log with its final name before crfs and passes it with -a logname=. If a default-named loglvNN already serves the shared filesystems, it unmounts them, renames the log (chlv -n), points each filesystem at it (chfs -a log=) and mounts them again.</source>
        <extracomment>owner.yaml, step shared-jfslog, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the logical volume ${item.lv} for ${item.mount}</source>
        <extracomment>owner.yaml, step shared-lv-${item.lv}, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-default name, so the standby&apos;s importvg keeps it.</source>
        <extracomment>owner.yaml, step shared-lv-${item.lv}, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the filesystem ${item.mount} on ${item.lv}</source>
        <extracomment>owner.yaml, step shared-fs-${item.lv}, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounted by HACMP, never at boot (-A no); its log is ${shared_vg.jfslog}.</source>
        <extracomment>owner.yaml, step shared-fs-${item.lv}, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount ${item.mount}</source>
        <extracomment>owner.yaml, step shared-mount-${item.lv}, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCE&apos;s files must land on shared DASD, so the filesystems are mounted before DCE is installed.</source>
        <extracomment>owner.yaml, step shared-mount-${item.lv}, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude every non-service address from DCE&apos;s RPC</source>
        <extracomment>owner.yaml, step rpc-unsupported-netaddrs, title
----------
standby.yaml, step rpc-unsupported-netaddrs, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC_UNSUPPORTED_NETADDRS=${network.excluded} in /etc/environment, so DCE servers use only the HACMP service address; the wizard also passes it to the DCE configuration commands it runs.</source>
        <extracomment>owner.yaml, step rpc-unsupported-netaddrs, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the logical volume ${dfs_cache.lv} for the DFS client cache</source>
        <extracomment>owner.yaml, step dfs-cache-lv, title
----------
standby.yaml, step dfs-cache-lv, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DFS cache lives on local, non-shared DASD (${dfs_cache.vg}).</source>
        <extracomment>owner.yaml, step dfs-cache-lv, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the DFS cache filesystem ${dfs_cache.mount}</source>
        <extracomment>owner.yaml, step dfs-cache-fs, title
----------
standby.yaml, step dfs-cache-fs, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local JFS mounted at boot (-A yes), using ${dfs_cache.vg}&apos;s own JFS log. A mount point other than /var/dce/adm/dfs/cache is passed on to the DFS client configuration.</source>
        <extracomment>owner.yaml, step dfs-cache-fs, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount the DFS cache ${dfs_cache.mount}</source>
        <extracomment>owner.yaml, step dfs-cache-mount, title
----------
standby.yaml, step dfs-cache-mount, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start HACMP and check the service address swap</source>
        <extracomment>owner.yaml, step start-hacmp, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial service IP address swap must occur before DCE is configured; in configurations other than mutual takeover the shared filesystems must be mounted (shared DASD accessible before DCE is installed).</source>
        <extracomment>owner.yaml, step start-hacmp, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install DCE${dfs.install_title}</source>
        <extracomment>owner.yaml, step install-dce, title
----------
standby.yaml, step install-dce, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installp from ${dce.install_media}: @{dce.filesets_text}. Already installed filesets are left alone.</source>
        <extracomment>owner.yaml, step install-dce, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure DCE (${dce.components_text}) in cell ${cell_name}</source>
        <extracomment>owner.yaml, step configure-dce, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell_admin password is asked for now (or read from DCE_CELL_ADMIN_PASSWORD) and handed to the configuration on its standard input; it is never written anywhere. RPC_UNSUPPORTED_NETADDRS is set in the command&apos;s environment.</source>
        <extracomment>owner.yaml, step configure-dce, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure DFS (${dfs.components_text})</source>
        <extracomment>owner.yaml, step configure-dfs, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DFS client cache is ${dfs_cache.mount}.</source>
        <extracomment>owner.yaml, step configure-dfs, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the logical volume ${item.lv} for DFS aggregate ${item.name}</source>
        <extracomment>owner.yaml, step dfs-aggregate-lv-${item.lv}, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DFS aggregates live on shared DASD, in the resource group&apos;s volume group.</source>
        <extracomment>owner.yaml, step dfs-aggregate-lv-${item.lv}, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialise and export DFS aggregate ${item.name}</source>
        <extracomment>owner.yaml, step dfs-aggregate-${item.lv}, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the application server scripts in ${scripts_dir}</source>
        <extracomment>owner.yaml, step scripts, title
----------
standby.yaml, step scripts, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start and stop scripts HACMP runs for the application server ${app_server}, generated from the guide&apos;s samples with their faults corrected, the same path on both nodes.</source>
        <extracomment>owner.yaml, step scripts, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop DFS</source>
        <extracomment>owner.yaml, step stop-dfs, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DFS stops before DCE.</source>
        <extracomment>owner.yaml, step stop-dfs, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop DCE</source>
        <extracomment>owner.yaml, step stop-dce, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down this node to stop the DFS daemons and release the shared DASD</source>
        <extracomment>owner.yaml, step release-by-reboot, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DFS daemons are released only by a shutdown. The wizard reboots the node (shutdown -Fr); the run resumes after the reboot and this step completes when the node is seen to have restarted and the shared volume group is no longer varied on here.</source>
        <extracomment>owner.yaml, step release-by-reboot, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmount /krb5, /var/dce, /etc/dce and vary off ${shared_vg.name}</source>
        <extracomment>owner.yaml, step release-shared-dasd, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HACMP, still running since step 5, holds the resource group: unmounting under it would fight the cluster manager. The wizard stops HACMP gracefully (clstop -g), which releases the group, then makes sure the filesystems are unmounted and the VG varied off, so the standby can have the shared DASD.</source>
        <extracomment>owner.yaml, step release-shared-dasd, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the standby node&apos;s integration is complete</source>
        <extracomment>owner.yaml, step standby-integrated, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster manager on this node must not start before the standby node has been integrated and has released the shared DASD again.</source>
        <extracomment>owner.yaml, step standby-integrated, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the wizard on the standby node (role standby, with this node&apos;s record: --from-owner-record). When it reports its integration complete, confirm here with --confirm standby-integrated.</source>
        <extracomment>owner.yaml, step standby-integrated, instructions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the application server ${app_server} with HACMP</source>
        <extracomment>owner.yaml, step register-app-server, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered only now, once both nodes have DCE installed and the scripts in place: registered earlier, the standby&apos;s cluster start (its step 5, before DCE is installed there) would run a start script that cannot work. The cluster configuration is then synchronised to the standby by HACMP.</source>
        <extracomment>owner.yaml, step register-app-server, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the cluster manager on this node</source>
        <extracomment>owner.yaml, step start-cluster, title
----------
standby.yaml, step start-cluster, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HACMP acquires the resource group and runs the application server start script, which starts DCE (and DFS).</source>
        <extracomment>owner.yaml, step start-cluster, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HACMP 4.2.1 installed and the cluster configured as on the owner node. The wizard checks the cluster software is installed and the service address is an HACMP service label.</source>
        <extracomment>standby.yaml, step hacmp-installed, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the owner node released the shared DASD</source>
        <extracomment>standby.yaml, step owner-released, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s last integration step shuts it down (DFS) or unmounts the DCE filesystems and varies the volume group off. Until then the shared disks are reserved by the owner and importvg would fail.</source>
        <extracomment>standby.yaml, step owner-released, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the owner node&apos;s integration first: its record must show the release-by-reboot or release-shared-dasd step done (--from-owner-record), or confirm with --confirm owner-released.</source>
        <extracomment>standby.yaml, step owner-released, instructions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the shared volume group ${shared_vg.name}</source>
        <extracomment>standby.yaml, step import-shared-vg, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importvg with the owner&apos;s major number; the wizard then checks that AIX kept every logical volume&apos;s name (a name that clashes here is silently renamed, 0516-530, and HACMP would no longer find it) and fails clearly if not. Automatic varyon at boot is switched off (chvg -a n) and the VG varied off, for HACMP to manage.</source>
        <extracomment>standby.yaml, step import-shared-vg, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC_UNSUPPORTED_NETADDRS=${network.excluded} in /etc/environment.</source>
        <extracomment>standby.yaml, step rpc-unsupported-netaddrs, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start HACMP and check it can take over the shared DASD</source>
        <extracomment>standby.yaml, step start-hacmp, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the owner node down or its cluster manager stopped, this node acquires the resource group: that verifies HACMP can vary on the volume group and mount /krb5, /var/dce and /etc/dce here.</source>
        <extracomment>standby.yaml, step start-hacmp, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installp from ${dce.install_media}.</source>
        <extracomment>standby.yaml, step install-dce, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the DCE clients (${dce.clients_text})</source>
        <extracomment>standby.yaml, step configure-dce-clients, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In mutual takeover DCE clients run on both nodes. In every other configuration DCE (and DFS) must not be configured on the standby node, and the wizard does not.</source>
        <extracomment>standby.yaml, step configure-dce-clients, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the DFS client</source>
        <extracomment>standby.yaml, step configure-dfs-client, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the directory /...</source>
        <extracomment>standby.yaml, step dfs-global-root, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount point DFS needs on this node in the event of failover.</source>
        <extracomment>standby.yaml, step dfs-global-root, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link /: to /.../${cell_name}/fs</source>
        <extracomment>standby.yaml, step dfs-link-fs, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link /.: to /.../${cell_name}</source>
        <extracomment>standby.yaml, step dfs-link-cell, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define the Kerberos KDC port (kerberos5 88/udp) in /etc/services</source>
        <extracomment>standby.yaml, step kerberos5-service, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s grep also matched commented-out lines; the wizard counts only real entries. An existing kerberos5 entry on another port, or port 88/udp under a name other than kerberos or kerberos5, stops the step with an explanation rather than an edit.</source>
        <extracomment>standby.yaml, step kerberos5-service, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same scripts, at the same path, as on the owner node.</source>
        <extracomment>standby.yaml, step scripts, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop HACMP and release the shared DASD</source>
        <extracomment>standby.yaml, step release-shared-dasd, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A graceful stop of HACMP unmounts /krb5, /var/dce and /etc/dce and varies the volume group off; the wizard then confirms both, so the owner node can start DCE.</source>
        <extracomment>standby.yaml, step release-shared-dasd, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the owner node&apos;s cluster manager is up</source>
        <extracomment>standby.yaml, step owner-cluster-started, title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HACMP starts on the highest-priority node first, then on the standby.</source>
        <extracomment>standby.yaml, step owner-cluster-started, description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the cluster manager on the owner node (its wizard&apos;s last step). When HACMP is up there, confirm here with --confirm owner-cluster-started.</source>
        <extracomment>standby.yaml, step owner-cluster-started, instructions</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
