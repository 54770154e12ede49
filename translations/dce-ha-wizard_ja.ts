<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AnswersFile</name>
    <message>
        <source>secrets are not accepted in an answers file; the cell_admin password comes from DCE_CELL_ADMIN_PASSWORD or a prompt</source>
        <translation>回答ファイルでは秘密情報を受け付けません。cell_admin パスワードは DCE_CELL_ADMIN_PASSWORD またはプロンプトから取得されます</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>不明なキーです</translation>
    </message>
    <message>
        <source>unknown key (did you mean &apos;%1&apos;?)</source>
        <translation>不明なキーです (&apos;%1&apos; の誤りではありませんか?)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than 15 characters (AIX would silently truncate it)</source>
        <translation>&apos;%1&apos; は 15 文字を超えています (AIX によって通知なしに切り捨てられます)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an AIX default name; shared DASD needs non-default names (importvg would rename a clashing one)</source>
        <translation>&apos;%1&apos; は AIX のデフォルト名です。共用 DASD ではデフォルト以外の名前が必要です (衝突する名前は importvg によって変更されます)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an absolute path</source>
        <translation>&apos;%1&apos; は絶対パスでなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not contain &apos;.&apos; or &apos;..&apos;</source>
        <translation>&apos;%1&apos; に &apos;.&apos; または &apos;..&apos; を含めてはなりません</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>%1 のいずれかでなければなりません</translation>
    </message>
    <message>
        <source>must be owner or standby</source>
        <translation>owner または standby でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a DNS-style name (letters, digits, &apos;-&apos;, &apos;.&apos;)</source>
        <translation>&apos;%1&apos; は DNS 形式の名前 (英字、数字、&apos;-&apos;、&apos;.&apos;) でなければなりません</translation>
    </message>
    <message>
        <source>is required for hot-standby-rotating (the start script sets the host name to it)</source>
        <translation>hot-standby-rotating では必須です (開始スクリプトがホスト名をこの値に設定します)</translation>
    </message>
    <message>
        <source>is only used with hot-standby-rotating; remove it</source>
        <translation>hot-standby-rotating でのみ使用されます。削除してください</translation>
    </message>
    <message>
        <source>at least one HACMP service address is required</source>
        <translation>HACMP サービス・アドレスが少なくとも 1 つ必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>&apos;%1&apos; は IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>%1 appears twice: an address is either kept (service) or excluded (boot, standby), not both</source>
        <translation>%1 が 2 回指定されています: アドレスは使用 (service) または除外 (boot、standby) のどちらか一方にしか指定できません</translation>
    </message>
    <message>
        <source>RPC_UNSUPPORTED_NETADDRS holds at most 10 addresses; %1 boot and standby addresses given</source>
        <translation>RPC_UNSUPPORTED_NETADDRS に指定できるアドレスは最大 10 個ですが、boot および standby のアドレスが %1 個指定されています</translation>
    </message>
    <message>
        <source>at least one boot address is required (it is excluded from DCE&apos;s RPC)</source>
        <translation>ブート・アドレスが少なくとも 1 つ必要です (ブート・アドレスは DCE の RPC から除外されます)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already used by %2</source>
        <translation>&apos;%1&apos; は既に %2 で使用されています</translation>
    </message>
    <message>
        <source>is not used in mutual takeover (DCE/DFS servers cannot run there; no DCE filesystems on shared DASD): remove it</source>
        <translation>相互テークオーバーでは使用されません (DCE/DFS サーバーは実行できず、共用 DASD 上に DCE ファイルシステムは置きません)。削除してください</translation>
    </message>
    <message>
        <source>DCE and DFS servers cannot be configured on a mutual-takeover node (guide, ch. 1 notes)</source>
        <translation>相互テークオーバー・ノードでは DCE および DFS サーバーを構成できません (ガイド第 1 章の注)</translation>
    </message>
    <message>
        <source>DFS aggregates on shared DASD do not apply to mutual takeover</source>
        <translation>共用 DASD 上の DFS アグリゲートは相互テークオーバーには該当しません</translation>
    </message>
    <message>
        <source>is required: /var/dce, /etc/dce and /krb5 must be on shared DASD in this configuration</source>
        <translation>必須です: この構成では、/var/dce、/etc/dce、/krb5 を共用 DASD 上に置く必要があります</translation>
    </message>
    <message>
        <source>at least one shared disk (hdiskN) is required</source>
        <translation>共用ディスク (hdiskN) が少なくとも 1 つ必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a disk name (hdiskN)</source>
        <translation>&apos;%1&apos; はディスク名 (hdiskN) ではありません</translation>
    </message>
    <message>
        <source>is required (a non-default name for the JFS log)</source>
        <translation>必須です (JFS ログのデフォルト以外の名前)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; が 2 回指定されています</translation>
    </message>
    <message>
        <source>must be a positive number of megabytes</source>
        <translation>正のメガバイト数でなければなりません</translation>
    </message>
    <message>
        <source>%1 is missing: /var/dce, /etc/dce and /krb5 must all be on shared DASD</source>
        <translation>%1 がありません: /var/dce、/etc/dce、/krb5 はすべて共用 DASD 上に置く必要があります</translation>
    </message>
    <message>
        <source>is required with dfs: true (a local JFS for the DFS client cache)</source>
        <translation>dfs: true の場合は必須です (DFS クライアント・キャッシュ用のローカル JFS)</translation>
    </message>
    <message>
        <source>is required (a local volume group, e.g. rootvg)</source>
        <translation>必須です (ローカル・ボリューム・グループ。例: rootvg)</translation>
    </message>
    <message>
        <source>the DFS cache must be on non-shared DASD, not on the shared VG %1</source>
        <translation>DFS キャッシュは、共用 VG %1 上ではなく、非共用 DASD 上に置く必要があります</translation>
    </message>
    <message>
        <source>need dfs: true</source>
        <translation>dfs: true が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>the owner node of this configuration hosts the cell&apos;s servers: name at least one (sec_srv, cds_srv)</source>
        <translation>この構成では所有者ノードがセルのサーバーを実行します: 少なくとも 1 つ指定してください (sec_srv、cds_srv)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fileset name</source>
        <translation>&apos;%1&apos; はファイルセット名ではありません</translation>
    </message>
    <message>
        <source>is only used in mutual takeover; remove it</source>
        <translation>相互テークオーバーでのみ使用されます。削除してください</translation>
    </message>
    <message>
        <source>is required: the program and its arguments, as a list</source>
        <translation>必須です: プログラムとその引数をリストで指定します</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is under the shared mount point %2: HACMP needs the scripts on each node&apos;s local disk</source>
        <translation>&apos;%1&apos; は共用マウント・ポイント %2 の下にあります: HACMP では、スクリプトが各ノードのローカル・ディスク上にある必要があります</translation>
    </message>
    <message>
        <source>must be a mapping of answers</source>
        <translation>回答のマッピングでなければなりません</translation>
    </message>
    <message>
        <source>is required (service, boot and standby addresses)</source>
        <translation>必須です (service、boot、standby の各アドレス)</translation>
    </message>
    <message>
        <source>%1: the owner has %2, these answers have %3</source>
        <translation>%1: 所有者ノードでは %2、この回答では %3 です</translation>
    </message>
    <message>
        <source>%1 is under the shared mount point %2: the checkpoint must stay on this node&apos;s local disk</source>
        <translation>%1 は共用マウント・ポイント %2 の下にあります: チェックポイントはこのノードのローカル・ディスク上に置く必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a device type AIX reserves, with or without a number (mklv refuses it: 0516-358)</source>
        <translation>&apos;%1&apos; は AIX が予約しているデバイス・タイプです (番号の有無にかかわらず mklv が拒否します: 0516-358)</translation>
    </message>
    <message>
        <source>the program &apos;%1&apos; must be given by its absolute path</source>
        <translation>プログラム &apos;%1&apos; は絶対パスで指定しなければなりません</translation>
    </message>
    <message>
        <source>the program &apos;%1&apos; must not contain &apos;.&apos; or &apos;..&apos;</source>
        <translation>プログラム &apos;%1&apos; に &apos;.&apos; または &apos;..&apos; を含めてはなりません</translation>
    </message>
    <message>
        <source>a newline</source>
        <translation>改行</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>制御文字 U+%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, which a name cannot: only letters, digits and _ are allowed</source>
        <translation>&apos;%1&apos; に %2 が含まれていますが、名前には使用できません: 使用できるのは英字、数字、_ のみです</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must start with a letter</source>
        <translation>&apos;%1&apos; は英字で始まらなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, which a short name cannot hold: only letters, digits and %3 are allowed</source>
        <translation>&apos;%1&apos; に %2 が含まれていますが、短い名前には使用できません: 使用できるのは英字、数字、%3 のみです</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation>&apos;%1&apos; は %2 文字を超えています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, which is not allowed in a path (allowed: letters, digits and / . _ - + , @ %)</source>
        <translation>&apos;%1&apos; に %2 が含まれていますが、パスには使用できません (使用できる文字: 英字、数字、/ . _ - + , @ %)</translation>
    </message>
    <message>
        <source>is longer than 1023 characters (AIX&apos;s PATH_MAX)</source>
        <translation>1023 文字を超えています (AIX の PATH_MAX)</translation>
    </message>
    <message>
        <source>the program &apos;%1&apos; holds %2, which is not allowed in a path (allowed: letters, digits and / . _ - + , @ %)</source>
        <translation>プログラム &apos;%1&apos; に %2 が含まれていますが、パスには使用できません (使用できる文字: 英字、数字、/ . _ - + , @ %)</translation>
    </message>
    <message>
        <source>%1 MB is too large: a logical volume holds at most %2 partitions of %3 MB on AIX 4.x (at most %4 MB)</source>
        <translation>%1 MB は大きすぎます: AIX 4.x の論理ボリュームが持てるのは %3 MB の論理区画最大 %2 個までです (最大 %4 MB)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name (letters, digits and -, at most 63 characters)</source>
        <translation>&apos;%1&apos; は有効なホスト名ではありません (英字、数字、- で最大 63 文字)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, which a host name cannot: only letters, digits and - are allowed</source>
        <translation>&apos;%1&apos; に %2 が含まれていますが、ホスト名には使用できません: 使用できるのは英字、数字、- のみです</translation>
    </message>
    <message>
        <source>%1 disks given; a volume group holds at most %2 on AIX 4.x (mkvg)</source>
        <translation>%1 個のディスクが指定されています。AIX 4.x のボリューム・グループに含められるディスクは最大 %2 個です (mkvg)</translation>
    </message>
    <message>
        <source>must be between 10 and 511 (a major number free on both nodes: lvlstmajor)</source>
        <translation>10 から 511 の範囲内でなければなりません (両方のノードで空いているメジャー番号: lvlstmajor)</translation>
    </message>
    <message>
        <source>must be a power of 2 from 1 to %1 (mkvg -s on AIX 4.x)</source>
        <translation>1 から %1 までの 2 のべき乗でなければなりません (AIX 4.x の mkvg -s)</translation>
    </message>
    <message>
        <source>its logical volumes need %1 partitions of %2 MB, more than the %3 that AIX 4.x tracks on %4 disk(s) (1016 per disk): give a larger pp_size_mb or more disks</source>
        <translation>このボリューム・グループの論理ボリュームには %2 MB の区画が %1 個必要ですが、AIX 4.x が %4 個のディスクで管理できる区画は %3 個までです (ディスク 1 つあたり 1016 個): pp_size_mb を大きくするか、ディスクを追加してください</translation>
    </message>
    <message>
        <source>%1 logical volumes; a volume group holds at most %2 on AIX 4.x (mkvg)</source>
        <translation>論理ボリュームが %1 個あります。AIX 4.x のボリューム・グループに含められる論理ボリュームは最大 %2 個です (mkvg)</translation>
    </message>
    <message>
        <source>%1 MB is too large: mkdfs -s takes the cache (90 % of it) in KB as a 32-bit number, so at most %2 MB</source>
        <translation>%1 MB は大きすぎます: mkdfs -s はキャッシュ (その 90 %) を KB 単位の 32 ビット数値で受け取るため、最大 %2 MB です</translation>
    </message>
    <message>
        <source>the argument &apos;%1&apos; holds %2: arguments must not hold control characters</source>
        <translation>引数 &apos;%1&apos; に %2 が含まれています: 引数に制御文字を含めてはなりません</translation>
    </message>
    <message>
        <source>is empty: give mount, lv and size_mb</source>
        <translation>空です: mount、lv、size_mb を指定してください</translation>
    </message>
    <message>
        <source>is empty: give lv, size_mb and name</source>
        <translation>空です: lv、size_mb、name を指定してください</translation>
    </message>
    <message>
        <source>is empty: give name, start and stop</source>
        <translation>空です: name、start、stop を指定してください</translation>
    </message>
    <message>
        <source>the owner&apos;s record: answers: %1</source>
        <translation>所有者ノードの記録: answers: %1</translation>
    </message>
    <message>
        <source>the owner&apos;s record holds no answers: the standby&apos;s agreement with the owner cannot be checked</source>
        <translation>所有者ノードの記録に回答が含まれていません: 待機ノードの回答が所有者ノードと一致しているかを検査できません</translation>
    </message>
    <message>
        <source>the owner&apos;s record: answers.%1</source>
        <translation>所有者ノードの記録: answers.%1</translation>
    </message>
    <message>
        <source>the owner&apos;s record: answers.role: is &apos;%1&apos;, not owner</source>
        <translation>所有者ノードの記録: answers.role: owner ではなく &apos;%1&apos; です</translation>
    </message>
    <message>
        <source>the node&apos;s volume groups could not be read (lsvg: %1)</source>
        <translation>ノードのボリューム・グループを読み取れませんでした (lsvg: %1)</translation>
    </message>
    <message>
        <source>%1 is not a volume group of this node (lsvg lists %2): the DFS cache needs a local volume group that exists, e.g. rootvg</source>
        <translation>%1 はこのノードのボリューム・グループではありません (lsvg の出力: %2): DFS キャッシュには、存在するローカル・ボリューム・グループ (例: rootvg) が必要です</translation>
    </message>
    <message>
        <source>%1 is the shared volume group: the DFS cache must be on this node&apos;s own disks</source>
        <translation>%1 は共用ボリューム・グループです: DFS キャッシュはこのノード自身のディスク上に置く必要があります</translation>
    </message>
    <message>
        <source>%1 MB is too large for %2: a logical volume holds at most %3 partitions of %4 MB on AIX 4.x (at most %5 MB)</source>
        <translation>%1 MB は %2 には大きすぎます: AIX 4.x の論理ボリュームが持てるのは %4 MB の論理区画最大 %3 個までです (最大 %5 MB)</translation>
    </message>
    <message>
        <source>RPC_UNSUPPORTED_NETADDRS holds at most 10 addresses; after a mutual takeover this node also excludes its service addresses: %1 in all</source>
        <translation>RPC_UNSUPPORTED_NETADDRS に指定できるアドレスは最大 10 個です。相互テークオーバー後はこのノードのサービス・アドレスも除外するため、合計 %1 個になります</translation>
    </message>
    <message>
        <source>is required in mutual takeover: the other node&apos;s service address, which this node takes over when the other node fails (guide, ch. 2)</source>
        <translation>相互テークオーバーでは必須です。他方のノードのサービス・アドレスで、そのノードの障害時にこのノードが引き継ぎます (ガイド、第 2 章)</translation>
    </message>
    <message>
        <source>is required in mutual takeover: the other node&apos;s application server, whose scripts this node runs when it takes the other node&apos;s resource group over</source>
        <translation>相互テークオーバーでは必須です。他方のノードのアプリケーション・サーバーで、そのノードのリソース・グループを引き継いだときにこのノードがそのスクリプトを実行します</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, this node&apos;s own application server: in mutual takeover each node&apos;s resource group has its own</source>
        <translation>「%1」はこのノード自身のアプリケーション・サーバーです。相互テークオーバーでは各ノードのリソース・グループがそれぞれ独自のものを持ちます</translation>
    </message>
    <message>
        <source>is not used in mutual takeover: the guide&apos;s failover and reintegration actions do not apply there (ch. 2), HACMP&apos;s application servers move the applications</source>
        <translation>相互テークオーバーでは使用されません。ガイドのフェイルオーバーおよび再統合のアクションはそこには該当せず (第 2 章)、HACMP のアプリケーション・サーバーがアプリケーションを移動します</translation>
    </message>
    <message>
        <source>%1: the owner&apos;s %2 is %3, these answers have %4</source>
        <translation>%1: オーナーの %2 は %3、この回答では %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>no HACMP resource group holds the service label %1 (cllsres; groups: %2): HACMP would never move it; add it to the resource group first</source>
        <translation>サービス IP ラベル %1 を含む HACMP リソース・グループがありません (cllsres、グループ: %2)。HACMP はこのラベルを移動しません。先にリソース・グループに追加してください</translation>
    </message>
    <message>
        <source>%1 needs a %2 resource group; HACMP&apos;s group %3, which holds %4, is %5 (odmget HACMPgroup)</source>
        <translation>%1 には %2 のリソース・グループが必要です。%4 を含む HACMP のグループ %3 は %5 です (odmget HACMPgroup)</translation>
    </message>
    <message>
        <source>of no known policy</source>
        <translation>不明なタイプ</translation>
    </message>
    <message>
        <source>this node (%1) is not a node of resource group %2, which holds %3 (its nodes: %4)</source>
        <translation>このノード (%1) は、%3 を含むリソース・グループ %2 のノードではありません (そのノード: %4)</translation>
    </message>
    <message>
        <source>in mutual takeover each node&apos;s service label is its own group&apos;s: %1&apos;s home node is %2 in HACMP (nodes in priority order: %3), not this node (%4)</source>
        <translation>相互テークオーバーでは、各ノードのサービス・ラベルはそのノード自身のグループに属します。HACMP での %1 のホーム・ノードは %2 (優先順位順のノード: %3) で、このノード (%4) ではありません</translation>
    </message>
    <message>
        <source>the owner must be the home (highest-priority) node of %1; HACMP lists %2 first (nodes in priority order: %3): this node (%4) is its standby</source>
        <translation>所有者ノードは %1 のホーム・ノード (最高優先順位) でなければなりません。HACMP では %2 が先頭です (優先順位順のノード: %3)。このノード (%4) はそのスタンバイです</translation>
    </message>
    <message>
        <source>this node (%1) is the home (highest-priority) node of %2 in HACMP (nodes in priority order: %3): it is the owner, not the standby</source>
        <translation>このノード (%1) は HACMP で %2 のホーム・ノード (最高優先順位) です (優先順位順のノード: %3)。スタンバイではなく所有者ノードです</translation>
    </message>
    <message>
        <source>in hot standby the standby node runs no resource group of its own; HACMP makes %1 the home of %2: that is one-sided (or mutual) takeover</source>
        <translation>ホット・スタンバイでは、スタンバイ・ノードは自身のリソース・グループを持ちません。HACMP では %1 が %2 のホーム・ノードです。これは片方向 (または相互) テークオーバーです</translation>
    </message>
    <message>
        <source>in one-sided takeover the standby node runs a resource group of its own; HACMP makes %1 the home of none: that is hot standby</source>
        <translation>片方向テークオーバーでは、スタンバイ・ノードは自身のリソース・グループを持ちます。HACMP では %1 はどのグループのホーム・ノードでもありません。これはホット・スタンバイです</translation>
    </message>
    <message>
        <source>the standby</source>
        <translation>スタンバイ・ノード</translation>
    </message>
    <message>
        <source>in one-sided takeover the owner never takes the standby&apos;s group; HACMP&apos;s group %1 (home %2) lists %3 as a takeover node: that is mutual takeover</source>
        <translation>片方向テークオーバーでは、所有者ノードはスタンバイのグループを引き継ぎません。HACMP のグループ %1 (ホーム %2) は %3 をテークオーバー・ノードとしています。これは相互テークオーバーです</translation>
    </message>
    <message>
        <source>mutual takeover: no HACMP resource group whose home is the other node holds %1 with this node (%2) as its takeover node (cllsres, odmget HACMPgroup)</source>
        <translation>相互テークオーバー: 相手ノードをホームとし、このノード (%2) をテークオーバー・ノードとして %1 を含む HACMP リソース・グループがありません (cllsres、odmget HACMPgroup)</translation>
    </message>
    <message>
        <source>HACMP&apos;s resource group %1 runs the application server(s) %2, not %3 (cllsres -g %1)</source>
        <translation>HACMP のリソース・グループ %1 が実行するアプリケーション・サーバーは %2 で、%3 ではありません (cllsres -g %1)</translation>
    </message>
    <message>
        <source>HACMP&apos;s resource group %1 holds the volume group(s) %2, not %3 (cllsres -g %1): HACMP would not vary it on at a takeover</source>
        <translation>HACMP のリソース・グループ %1 が含むボリューム・グループは %2 で、%3 ではありません (cllsres -g %1)。テークオーバー時に HACMP はこれを活動化しません</translation>
    </message>
    <message>
        <source>HACMP&apos;s resource group %1 mounts %2, not %3 (cllsres -g %1)</source>
        <translation>HACMP のリソース・グループ %1 がマウントするのは %2 で、%3 ではありません (cllsres -g %1)</translation>
    </message>
    <message>
        <source>%1 MB does not fit in %2: it has %3 free partitions of %4 MB (%5 MB, lsvg %2); the cache needs %6</source>
        <translation>%1 MB は %2 に収まりません。空き区画は %4 MB のものが %3 個 (%5 MB、lsvg %2) で、キャッシュには %6 個必要です</translation>
    </message>
    <message>
        <source>%1 is not a program on this node: HACMP could not run it at a takeover</source>
        <translation>%1 はこのノード上のプログラムではありません。テークオーバー時に HACMP はこれを実行できません</translation>
    </message>
    <message>
        <source>%1 is not executable on this node (mode %2)</source>
        <translation>%1 はこのノードで実行可能ではありません (モード %2)</translation>
    </message>
</context>
<context>
    <name>PlannedAction</name>
    <message>
        <source>operator: </source>
        <translation>オペレーター: </translation>
    </message>
    <message>
        <source>replace &apos;%1&apos; with &apos;%2&apos;</source>
        <translation>&apos;%1&apos; を &apos;%2&apos; に置き換え</translation>
    </message>
    <message>
        <source>append &apos;%1&apos;</source>
        <translation>&apos;%1&apos; を追加</translation>
    </message>
    <message>
        <source>write the script (%1 lines), mode 0755</source>
        <translation>スクリプトを書き込み (%1 行)、モード 0755</translation>
    </message>
    <message>
        <source>(standard input: the cell_admin password)</source>
        <translation>(標準入力: cell_admin のパスワード)</translation>
    </message>
    <message>
        <source>(standard input: %1)</source>
        <translation>(標準入力: %1)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>register them in HACMP (on one node; HACMP synchronises it): %1</source>
        <translation>HACMP に登録 (1 つのノードで実行。HACMP が同期します): %1</translation>
    </message>
    <message>
        <source>HACMP holds the resource group: a graceful stop releases it</source>
        <translation>HACMP がリソース・グループを保持しています: 正常停止で解放されます</translation>
    </message>
    <message>
        <source>(each only if still needed after the cluster stop)</source>
        <translation>(いずれも、クラスター停止後にまだ必要な場合のみ)</translation>
    </message>
    <message>
        <source>problem: </source>
        <translation>問題: </translation>
    </message>
    <message>
        <source>major number %1 is the lowest free here: the standby&apos;s importvg -V must find it free too (set shared_vg.major to choose)</source>
        <translation>メジャー番号 %1 はこのノードで空いている最小の番号です: 待機ノードの importvg -V でも空いている必要があります (shared_vg.major で指定できます)</translation>
    </message>
    <message>
        <source>%1 MB = %2 logical partitions of %3 MB</source>
        <translation>%1 MB = %3 MB の論理区画 %2 個</translation>
    </message>
    <message>
        <source>then: every logical volume must keep its name (%1)</source>
        <translation>その後: すべての論理ボリュームが名前を保持する必要があります (%1)</translation>
    </message>
    <message>
        <source>edit %1: %2</source>
        <translation>%1 を編集: %2</translation>
    </message>
    <message>
        <source>then: wait until HACMP&apos;s cluster manager logs EVENT COMPLETED: %1 in %2 (at most %3 s)</source>
        <translation>続いて: HACMP のクラスター・マネージャーが %2 に EVENT COMPLETED: %1 を記録するまで待機(最大 %3 秒)</translation>
    </message>
    <message>
        <source>%1 already holds an aggregate (salvage -verifyonly): it is kept</source>
        <translation>%1 にはすでにアグリゲートがあります(salvage -verifyonly)。そのまま保持します</translation>
    </message>
    <message>
        <source>newaggr destroys what %1 holds</source>
        <translation>newaggr は %1 の内容を破棄します</translation>
    </message>
    <message>
        <source>check on %1: %2</source>
        <translation>%1 での確認: %2</translation>
    </message>
    <message>
        <source>this node</source>
        <translation>このノード</translation>
    </message>
    <message>
        <source>then, if this node&apos;s cluster manager is active (the change is a dynamic reconfiguration): wait until it logs EVENT COMPLETED: %1 in %2 (at most %3 s)</source>
        <translation>続いて、このノードのクラスター・マネージャーがアクティブな場合 (変更は動的再構成になります): %2 に EVENT COMPLETED: %1 が記録されるまで待機 (最大 %3 秒)</translation>
    </message>
    <message>
        <source>the other node</source>
        <translation>相手ノード</translation>
    </message>
    <message>
        <source>ask this node and %1 which of them holds: %2</source>
        <translation>このノードと %1 に、次のものをどちらが保持しているかを問い合わせる: %2</translation>
    </message>
    <message>
        <source>the wizard then waits up to %1 min for the node to be back (who -b shows a new boot time); run on the node itself, it ends with the shutdown and resumes when run again</source>
        <translation>その後、ウィザードはノードが戻るまで最大 %1 分待ちます (who -b が新しいブート時刻を示すまで)。ノード自身で実行した場合はシャットダウンとともに終了し、再実行すると再開します</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>HACMP service labels</source>
        <translation>HACMP サービス・ラベル</translation>
    </message>
    <message>
        <source>HACMP&apos;s adapter list could not be read; HACMP must be installed and configured first (guide ch. 3, step 1)</source>
        <translation>HACMP のアダプター・リストを読み取れませんでした。先に HACMP をインストールして構成する必要があります (ガイド第 3 章、ステップ 1)</translation>
    </message>
    <message>
        <source>%1 is not an HACMP service IP label of this cluster</source>
        <translation>%1 はこのクラスターの HACMP サービス IP ラベルではありません</translation>
    </message>
    <message>
        <source>cllsif -c lists %1</source>
        <translation>cllsif -c の出力: %1</translation>
    </message>
    <message>
        <source>%1 is an HACMP %2 address, not a service IP label</source>
        <translation>%1 は HACMP の %2 アドレスであり、サービス IP ラベルではありません</translation>
    </message>
    <message>
        <source>every service address is an HACMP service IP label</source>
        <translation>すべてのサービス・アドレスが HACMP サービス IP ラベルです</translation>
    </message>
    <message>
        <source>HACMP resource groups</source>
        <translation>HACMP リソース・グループ</translation>
    </message>
    <message>
        <source>HACMP&apos;s resource groups could not be read; they must be defined first (guide ch. 3, step 1)</source>
        <translation>HACMP のリソース・グループを読み取れませんでした。先にリソース・グループを定義する必要があります (ガイド第 3 章、ステップ 1)</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>グループなし</translation>
    </message>
    <message>
        <source>%1, this node (%2) as the %3: as HACMP&apos;s resource groups are defined</source>
        <translation>%1、このノード (%2) は %3。HACMP のリソース・グループの定義と一致しています</translation>
    </message>
    <message>
        <source>Shared disks</source>
        <translation>共用ディスク</translation>
    </message>
    <message>
        <source>%1 is not a disk of this node</source>
        <translation>%1 はこのノードのディスクではありません</translation>
    </message>
    <message>
        <source>%1 belongs to the volume group %2: making %3 on it would destroy %2</source>
        <translation>%1 はボリューム・グループ %2 に属しています: その上に %3 を作成すると %2 が破棄されます</translation>
    </message>
    <message>
        <source>%1 (PVID %2) is not a disk the owner made %3 on; this node sees none of the owner&apos;s disks</source>
        <translation>%1 (PVID %2) は、所有者ノードが %3 を作成したディスクではありません。このノードからは所有者ノードのディスクが 1 つも見えません</translation>
    </message>
    <message>
        <source>%1 (PVID %2) is not a disk the owner made %3 on; on this node the owner&apos;s disks are %4</source>
        <translation>%1 (PVID %2) は、所有者ノードが %3 を作成したディスクではありません。このノードでの所有者ノードのディスクは %4 です</translation>
    </message>
    <message>
        <source>no owner&apos;s record was given: the disks&apos; PVIDs are not compared with the disks the owner made %1 on</source>
        <translation>所有者ノードの記録が指定されていません: ディスクの PVID は、所有者ノードが %1 を作成したディスクと比較されません</translation>
    </message>
    <message>
        <source>every shared disk is on this node and in no other volume group</source>
        <translation>すべての共用ディスクがこのノードにあり、他のボリューム・グループに属していません</translation>
    </message>
    <message>
        <source>every shared disk is on this node, with the PVID of the owner&apos;s</source>
        <translation>すべての共用ディスクがこのノードにあり、所有者ノードのディスクと同じ PVID を持っています</translation>
    </message>
    <message>
        <source>Shared volume group capacity</source>
        <translation>共用ボリューム・グループの容量</translation>
    </message>
    <message>
        <source>still to be made, in partitions of %1 MB: %2</source>
        <translation>これから作成するもの (%1 MB の区画数): %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 is varied off here (released, or held by the other node): its free space is checked while it is varied on</source>
        <translation>%1 はこのノードでは非活動化されています (解放済み、または相手ノードが保持): 空き容量は活動化されている間に検査されます</translation>
    </message>
    <message>
        <source>%1 has %2 free partitions; the logical volumes still to be made need %3</source>
        <translation>%1 の空き区画は %2 個ですが、これから作成する論理ボリュームには %3 個必要です</translation>
    </message>
    <message>
        <source>%1 has room for what is still to be made (%2 of %3 free partitions)</source>
        <translation>%1 にはこれから作成するものを置く余裕があります (空き区画 %3 個中 %2 個を使用)</translation>
    </message>
    <message>
        <source>the size of %1 could not be read: the shared volume group&apos;s capacity is not checked before mkvg</source>
        <translation>%1 のサイズを読み取れませんでした: mkvg の前に共用ボリューム・グループの容量は検査されません</translation>
    </message>
    <message>
        <source>the disks %1 hold at most %2 partitions of %3 MB; the logical volumes need %4</source>
        <translation>ディスク %1 に入る %3 MB の区画は最大 %2 個ですが、論理ボリュームには %4 個必要です</translation>
    </message>
    <message>
        <source>the disks hold the logical volumes (%1 of at most %2 partitions)</source>
        <translation>ディスクに論理ボリュームが収まります (最大 %2 個中 %1 個の区画を使用)</translation>
    </message>
    <message>
        <source>Major number</source>
        <translation>メジャー番号</translation>
    </message>
    <message>
        <source>%1 is already known here: its major number was chosen then</source>
        <translation>%1 はこのノードで既に認識されています: メジャー番号はその時点で選択済みです</translation>
    </message>
    <message>
        <source>the free major numbers could not be read</source>
        <translation>空いているメジャー番号を読み取れませんでした</translation>
    </message>
    <message>
        <source>%1 is in use on this node; choose a number free on both nodes</source>
        <translation>%1 はこのノードで使用中です。両方のノードで空いている番号を選択してください</translation>
    </message>
    <message>
        <source>%1 is free on this node</source>
        <translation>%1 はこのノードで空いています</translation>
    </message>
    <message>
        <source>no major number of 10 or more is free</source>
        <translation>10 以上のメジャー番号に空きがありません</translation>
    </message>
    <message>
        <source>none given: mkvg takes %1, the lowest free here; the standby&apos;s importvg takes its own lowest, which may differ (set shared_vg.major to one free on both nodes)</source>
        <translation>指定なし: mkvg はこのノードで空いている最小の番号 %1 を使用します。待機ノードの importvg はそのノードで空いている最小の番号を使用するため、異なる場合があります (shared_vg.major に両方のノードで空いている番号を設定してください)</translation>
    </message>
    <message>
        <source>none given: importvg takes %1, the lowest free here</source>
        <translation>指定なし: importvg はこのノードで空いている最小の番号 %1 を使用します</translation>
    </message>
    <message>
        <source>DFS cache</source>
        <translation>DFS キャッシュ</translation>
    </message>
    <message>
        <source>%1 MB on %2, mkdfs -s %3 KB (90 % of it, the rest for DFS&apos;s own files)</source>
        <translation>%2 上に %1 MB、mkdfs -s %3 KB (その 90 %。残りは DFS 自身のファイル用)</translation>
    </message>
    <message>
        <source>Installation media</source>
        <translation>インストール・メディア</translation>
    </message>
    <message>
        <source>%1 is there</source>
        <translation>%1 は存在します</translation>
    </message>
    <message>
        <source>%1 is not there, but the DCE filesets are installed already</source>
        <translation>%1 は存在しませんが、DCE ファイルセットは既にインストールされています</translation>
    </message>
    <message>
        <source>%1 is not there (insert the DCE for AIX CD, or name the directory holding the images)</source>
        <translation>%1 は存在しません (DCE for AIX の CD を挿入するか、イメージを格納したディレクトリーを指定してください)</translation>
    </message>
    <message>
        <source>Application programs</source>
        <translation>アプリケーション・プログラム</translation>
    </message>
    <message>
        <source>every start and stop program is executable on this node</source>
        <translation>すべての開始プログラムと停止プログラムがこのノードで実行可能です</translation>
    </message>
    <message>
        <source>State directory</source>
        <translation>状態ディレクトリー</translation>
    </message>
    <message>
        <source>%1 is on this node&apos;s local disk</source>
        <translation>%1 はこのノードのローカル・ディスク上にあります</translation>
    </message>
    <message>
        <source>shared mount points: %1</source>
        <translation>共用マウント・ポイント: %1</translation>
    </message>
</context>
<context>
    <name>RunRecord</name>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 time</source>
        <translation>「%1」は ISO 8601 形式の時刻ではありません</translation>
    </message>
    <message>
        <source>not a %1 file</source>
        <translation>%1 ファイルではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>is empty: a record holds every step of its procedure</source>
        <translation>空です: 記録には手順のすべてのステップが含まれます</translation>
    </message>
    <message>
        <source>must be a mapping (id, status, …)</source>
        <translation>マッピング (id、status など) でなければなりません</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>「%1」が 2 回出現します</translation>
    </message>
    <message>
        <source>must be a mapping (command, file or note)</source>
        <translation>マッピング (command、file、note のいずれか) でなければなりません</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (ほかに %n 件の問題)</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a mapping (check, severity, message, …)</source>
        <translation>マッピング (check、severity、message など) でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of pass, warning, failure</source>
        <translation>「%1」は pass、warning、failure のいずれでもありません</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>is not a SHA-256 checksum</source>
        <translation>SHA-256 チェックサムではありません</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>the owner node&apos;s record shows %1 done</source>
        <translation>所有者ノードの記録では %1 が完了しています</translation>
    </message>
    <message>
        <source>confirmed by the operator</source>
        <translation>オペレーターが確認済み</translation>
    </message>
    <message>
        <source>checked on the node</source>
        <translation>ノード上で検査済み</translation>
    </message>
    <message>
        <source>waiting for the operator</source>
        <translation>オペレーター待ち</translation>
    </message>
    <message>
        <source>the cell_admin password is needed: set DCE_CELL_ADMIN_PASSWORD or run the wizard on a terminal to be asked for it</source>
        <translation>cell_admin のパスワードが必要です: DCE_CELL_ADMIN_PASSWORD を設定するか、パスワードの入力を求められるよう端末でウィザードを実行してください</translation>
    </message>
    <message>
        <source>the node has not restarted yet (%1)</source>
        <translation>ノードはまだ再始動していません (%1)</translation>
    </message>
    <message>
        <source>the node restarted (%1) but %2 is varied on again: is it set to vary on at boot?</source>
        <translation>ノードは再始動しました (%1) が、%2 が再び活動化されています: ブート時に活動化されるよう設定されていませんか?</translation>
    </message>
    <message>
        <source>restarted: %1</source>
        <translation>再始動済み: %1</translation>
    </message>
    <message>
        <source>the checkpoint could not be saved, so the restart was not started (a run that cannot be resumed must not reboot)</source>
        <translation>チェックポイントを保存できなかったため、再始動は開始されませんでした (再開できない実行でリブートしてはなりません)</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>現在: %1</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 に書き込めませんでした</translation>
    </message>
    <message>
        <source>%1 %2 is defined</source>
        <translation>%1 %2 は定義済みです</translation>
    </message>
    <message>
        <source>/etc/services defines %1 on %2, not %3: the KDC port must be %3; correct the entry by hand</source>
        <translation>/etc/services では %1 が %3 ではなく %2 に定義されています: KDC ポートは %3 でなければなりません。エントリーを手動で修正してください</translation>
    </message>
    <message>
        <source>/etc/services gives %1 to &apos;%2&apos;; %3 cannot be added beside it without a person deciding</source>
        <translation>/etc/services では %1 が「%2」に割り当てられています。人の判断なしに、その横に %3 を追加することはできません</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 は存在します</translation>
    </message>
    <message>
        <source>%1 exists and is not a directory</source>
        <translation>%1 は存在しますが、ディレクトリーではありません</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 already points to %2, not %3</source>
        <translation>%1 は既に %3 ではなく %2 を指しています</translation>
    </message>
    <message>
        <source>%1 exists and is not a symbolic link</source>
        <translation>%1 は存在しますが、シンボリックリンクではありません</translation>
    </message>
    <message>
        <source>%1 differs from what the answers call for</source>
        <translation>%1 は回答で指定された内容と異なります</translation>
    </message>
    <message>
        <source>%1 is already a filesystem on %2, not on /dev/%3</source>
        <translation>%1 は既に /dev/%3 ではなく %2 上のファイルシステムです</translation>
    </message>
    <message>
        <source>%1 exists on /dev/%2</source>
        <translation>%1 は /dev/%2 上に存在します</translation>
    </message>
    <message>
        <source>the logical volume %1 already holds the filesystem %2</source>
        <translation>論理ボリューム %1 には既にファイルシステム %2 があります</translation>
    </message>
    <message>
        <source>%1 is mounted</source>
        <translation>%1 はマウントされています</translation>
    </message>
    <message>
        <source>%1 is not in the mount table</source>
        <translation>%1 はマウント・テーブルにありません</translation>
    </message>
    <message>
        <source>%1 is varied on</source>
        <translation>%1 は活動化されています</translation>
    </message>
    <message>
        <source>the shared filesystems are unmounted and %1 is varied off</source>
        <translation>共用ファイルシステムはアンマウントされ、%1 は非活動化されています</translation>
    </message>
    <message>
        <source>the disk %1 is not on this node (lspv)</source>
        <translation>ディスク %1 はこのノードにありません (lspv)</translation>
    </message>
    <message>
        <source>%1 exists but %2 is not one of its disks (lspv: %3)</source>
        <translation>%1 は存在しますが、%2 はそのディスクではありません (lspv: %3)</translation>
    </message>
    <message>
        <source>the disk %1 already belongs to the volume group %2</source>
        <translation>ディスク %1 は既にボリューム・グループ %2 に属しています</translation>
    </message>
    <message>
        <source>%1 exists on %2</source>
        <translation>%1 は %2 上に存在します</translation>
    </message>
    <message>
        <source>a logical volume named %1 already exists in %2 (type %3); the answers want it in %4 (type %5)</source>
        <translation>%1 という名前の論理ボリュームが既に %2 に存在します (タイプ %3)。回答では %4 (タイプ %5) に置くことになっています</translation>
    </message>
    <message>
        <source>%1 exists in %2</source>
        <translation>%1 は %2 に存在します</translation>
    </message>
    <message>
        <source>%1 is the jfslog of %2 (varied off here)</source>
        <translation>%1 は %2 の jfslog です (このノードでは非活動化)</translation>
    </message>
    <message>
        <source>%1 is not there (or not varied on) yet</source>
        <translation>%1 はまだ存在しないか、まだ活動化されていません</translation>
    </message>
    <message>
        <source>%1 exists in %2 but is not a jfslog</source>
        <translation>%1 は %2 に存在しますが、jfslog ではありません</translation>
    </message>
    <message>
        <source>the shared filesystems use the default-named log %1</source>
        <translation>共用ファイルシステムはデフォルト名のログ %1 を使用しています</translation>
    </message>
    <message>
        <source>%1 exists and is in use</source>
        <translation>%1 は存在し、使用中です</translation>
    </message>
    <message>
        <source>%1 is not varied on: create it first (step shared-vg)</source>
        <translation>%1 は活動化されていません: 先に作成してください (ステップ shared-vg)</translation>
    </message>
    <message>
        <source>%1 is imported but its logical volume %2 is missing: AIX renamed it on import (0516-530)? lsvg -l %1 shows the names it has</source>
        <translation>%1 はインポートされていますが、その論理ボリューム %2 がありません: AIX がインポート時に名前を変更しましたか (0516-530)? lsvg -l %1 で実際の名前を確認できます</translation>
    </message>
    <message>
        <source>%1 is imported and still varied on here</source>
        <translation>%1 はインポートされていますが、このノードでまだ活動化されています</translation>
    </message>
    <message>
        <source>%1 is imported with every logical volume under its own name</source>
        <translation>%1 はインポート済みで、すべての論理ボリュームが元の名前のままです</translation>
    </message>
    <message>
        <source>%1 is imported (varied on by HACMP since)</source>
        <translation>%1 はインポート済みです (その後 HACMP によって活動化されています)</translation>
    </message>
    <message>
        <source>AIX renamed logical volumes while importing %1 (0516-530): %2. A name clashes with a logical volume on this node, and HACMP would not find the renamed one. Rename the clashing volume on this node (chlv -n), then exportvg %1 and run the wizard again.</source>
        <translation>AIX が %1 のインポート中に論理ボリュームの名前を変更しました (0516-530): %2。いずれかの名前がこのノードの論理ボリュームと衝突しており、HACMP は名前が変更されたボリュームを見つけられません。このノードで衝突しているボリュームの名前を変更し (chlv -n)、exportvg %1 を実行してから、ウィザードを再度実行してください。</translation>
    </message>
    <message>
        <source>the logical volume %1 is not in %2 after the import: the owner node&apos;s names and this node&apos;s answers differ</source>
        <translation>インポート後、論理ボリューム %1 が %2 にありません: 所有者ノードの名前とこのノードの回答が一致しません</translation>
    </message>
    <message>
        <source>the catalog names an unknown step kind &apos;%1&apos;</source>
        <translation>カタログに不明なステップの種類「%1」が指定されています</translation>
    </message>
    <message>
        <source>drift: this step was done (%1) but is not any more: %2. The wizard does not redo it silently; repair it by hand, or run again with --restart.</source>
        <translation>ドリフト: このステップは完了していました (%1) が、現在は完了していません: %2。ウィザードは通知なしにやり直すことはしません。手動で修復するか、--restart を指定して再度実行してください。</translation>
    </message>
    <message>
        <source>interrupted: the run was stopped by a signal during this step; run the same command again to resume it</source>
        <translation>中断: このステップの実行中にシグナルによって実行が停止されました。再開するには同じコマンドを再度実行してください</translation>
    </message>
    <message>
        <source>interrupted: the run was stopped by a signal while this step was verified; run the same command again to resume it</source>
        <translation>中断: このステップの検証中にシグナルによって実行が停止されました。再開するには同じコマンドを再度実行してください</translation>
    </message>
    <message>
        <source>the commands succeeded but the result is not there: %1</source>
        <translation>コマンドは成功しましたが、結果が存在しません: %1</translation>
    </message>
    <message>
        <source>HACMP&apos;s event failed before %1 completed; /tmp/hacmp.out says:
%2</source>
        <translation>%1 が完了する前に HACMP のイベントが失敗しました。/tmp/hacmp.out の内容:
%2</translation>
    </message>
    <message>
        <source>stopped while waiting for HACMP&apos;s %1 (the cluster manager goes on; the next run checks it first)</source>
        <translation>HACMP の %1 を待つ間に停止しました(クラスター・マネージャーは処理を続けます。次回の実行で最初に確認します)</translation>
    </message>
    <message>
        <source>HACMP&apos;s %1 did not complete within %2 s; the end of /tmp/hacmp.out:
%3</source>
        <translation>HACMP の %1 が %2 秒以内に完了しませんでした。/tmp/hacmp.out の末尾:
%3</translation>
    </message>
    <message>
        <source>%1 lists %2</source>
        <translation>%1 に %2 があります</translation>
    </message>
    <message>
        <source>%1 already has &apos;%2&apos;, which clashes with &apos;%3&apos; (name, device or ID): correct it by hand</source>
        <translation>%1 にはすでに「%2」があり、「%3」と衝突します(名前、デバイス、または ID)。手動で修正してください</translation>
    </message>
    <message>
        <source>%1 does not list %2</source>
        <translation>%1 に %2 がありません</translation>
    </message>
    <message>
        <source>%1 is in dfstab and exported</source>
        <translation>%1 は dfstab にあり、エクスポートされています</translation>
    </message>
    <message>
        <source>%1 is in dfstab but not exported</source>
        <translation>%1 は dfstab にありますが、エクスポートされていません</translation>
    </message>
    <message>
        <source>check %1 on %2 failed: expected %3; found: %4</source>
        <translation>%2 での確認 %1 が失敗しました。期待: %3。実際: %4</translation>
    </message>
    <message>
        <source>On the other node (%1), do this, then confirm (--confirm %2): %3</source>
        <translation>他方のノード (%1) で次を実行してから確認してください (--confirm %2): %3</translation>
    </message>
    <message>
        <source>done on the other node by the operator (confirmed)</source>
        <translation>オペレーターが他方のノードで実施済み(確認済み)</translation>
    </message>
    <message>
        <source>the other node cannot be reached to see HACMP&apos;s %1</source>
        <translation>HACMP の %1 を確認するための他方のノードに到達できません</translation>
    </message>
    <message>
        <source>the record of %1 is not at hand</source>
        <translation>%1 の記録がありません</translation>
    </message>
    <message>
        <source>%1 is not there yet: %2</source>
        <translation>%1 はまだその段階にありません: %2</translation>
    </message>
    <message>
        <source>not yet on %1: %2</source>
        <translation>%1 ではまだです: %2</translation>
    </message>
    <message>
        <source>the record of %1 shows %2 done</source>
        <translation>%1 の記録では %2 が完了しています</translation>
    </message>
    <message>
        <source>the record of %1 shows every step before %2 done</source>
        <translation>%1 の記録では %2 より前のすべてのステップが完了しています</translation>
    </message>
    <message>
        <source>checked on %1</source>
        <translation>%1 で確認しました</translation>
    </message>
    <message>
        <source>stopped while waiting for the node to restart (the restart goes on; the next run checks it first)</source>
        <translation>ノードの再始動を待っている間に停止しました (再始動は続行されます。次回の実行で最初に確認します)</translation>
    </message>
    <message>
        <source>the node was not back within %1 s of shutdown -Fr (who -b still shows %2); when it is, run the wizard again</source>
        <translation>shutdown -Fr から %1 秒以内にノードが戻りませんでした (who -b はまだ %2 を示しています)。戻ったらウィザードを再実行してください</translation>
    </message>
    <message>
        <source>%1 (PVID and size not asked)</source>
        <translation>%1 (PVID とサイズは未確認)</translation>
    </message>
    <message>
        <source>%1 (no PVID yet, %2)</source>
        <translation>%1 (PVID なし、%2)</translation>
    </message>
    <message>
        <source>%1 (PVID %2, %3)</source>
        <translation>%1 (PVID %2、%3)</translation>
    </message>
    <message>
        <source>Disk %1 becomes the volume group %2 (mkvg): everything on it is lost</source>
        <translation>ディスク %1 がボリューム・グループ %2 になります (mkvg): ディスク上のすべてが失われます</translation>
    </message>
    <message>
        <source>%1 is formatted as the JFS log (logform): what it held is lost</source>
        <translation>%1 を JFS ログとしてフォーマットします (logform): 以前の内容は失われます</translation>
    </message>
    <message>
        <source>A journaled filesystem for %1 is made on the logical volume %2 (crfs): what the volume held is lost</source>
        <translation>論理ボリューム %2 に %1 のジャーナル・ファイルシステムを作成します (crfs): ボリュームの以前の内容は失われます</translation>
    </message>
    <message>
        <source>%1 is formatted as a DFS aggregate (newaggr): what it held is lost</source>
        <translation>%1 を DFS アグリゲートとしてフォーマットします (newaggr): 以前の内容は失われます</translation>
    </message>
    <message>
        <source>The node restarts (%1): everything it serves stops until it is back</source>
        <translation>ノードを再起動します (%1): 復帰するまで、このノードのサービスはすべて止まります</translation>
    </message>
    <message>
        <source>HACMP stops on this node (%1): its resource groups are released</source>
        <translation>このノードで HACMP を停止します (%1): リソース・グループは解放されます</translation>
    </message>
    <message>
        <source>HACMP starts on this node (%1): it acquires its resource groups, a cascading group moves back here</source>
        <translation>このノードで HACMP を開始します (%1): リソース・グループを取得し、カスケード・グループはここへ戻ります</translation>
    </message>
    <message>
        <source>DCE stops on this node (stop.dce): its clients lose its servers until it starts</source>
        <translation>このノードで DCE を停止します (stop.dce): 再開するまで、クライアントはそのサーバーを使えません</translation>
    </message>
    <message>
        <source>DFS stops on this node (stop.dfs): its filesets cannot be reached until it starts</source>
        <translation>このノードで DFS を停止します (stop.dfs): 再開するまで、そのファイルセットには到達できません</translation>
    </message>
    <message>
        <source>The volume group %1 is varied off (varyoffvg): its filesystems are no longer reachable on this node</source>
        <translation>ボリューム・グループ %1 を非活動化します (varyoffvg): そのファイルシステムにはこのノードから到達できなくなります</translation>
    </message>
    <message>
        <source>done in the run in progress (%1)</source>
        <translation>進行中の実行で完了 (%1)</translation>
    </message>
    <message>
        <source>drift: done in the run in progress (%1) but not any more: %2; the run stops here</source>
        <translation>ドリフト: 進行中の実行で完了 (%1) したが、現在はそうではありません: %2。実行はここで止まります</translation>
    </message>
    <message>
        <source>lsfs -c could not list the filesystems: %1</source>
        <translation>lsfs -c でファイルシステムを一覧表示できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>YamlInput</name>
    <message>
        <source>holds more than one YAML document (&apos;---&apos; starts another); give exactly one</source>
        <translation>複数の YAML ドキュメントが含まれています (&apos;---&apos; で別のドキュメントが始まります)。ドキュメントは 1 つだけにしてください</translation>
    </message>
    <message>
        <source>the alias on line %1 refers to a value that contains it (a cycle)</source>
        <translation>%1 行目のエイリアスが、そのエイリアス自身を含む値を参照しています (循環)</translation>
    </message>
    <message>
        <source>expands to more than %1 values (aliases repeating aliases); refused</source>
        <translation>展開すると %1 個を超える値になります (エイリアスがエイリアスを繰り返しています)。拒否しました</translation>
    </message>
    <message>
        <source>is nested deeper than %1 levels (line %2)</source>
        <translation>ネストが %1 レベルを超えています (%2 行目)</translation>
    </message>
    <message>
        <source>a key must be a single name, not a list or a mapping (line %1)</source>
        <translation>キーは単一の名前でなければなりません。リストやマッピングは使用できません (%1 行目)</translation>
    </message>
    <message>
        <source>a key must be a name (line %1)</source>
        <translation>キーは名前でなければなりません (%1 行目)</translation>
    </message>
    <message>
        <source>is given twice in the same mapping (lines %1 and %2); give each key once</source>
        <translation>同じマッピング内で 2 回指定されています (%1 行目と %2 行目)。各キーは 1 回だけ指定してください</translation>
    </message>
    <message>
        <source>a key must be a name</source>
        <translation>キーは名前でなければなりません</translation>
    </message>
    <message>
        <source>not valid YAML: %1 (line %2, column %3)</source>
        <translation>有効な YAML ではありません: %1 (%2 行目、%3 列目)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>must be a mapping (key: value lines or { key: value, … })</source>
        <translation>マッピング (key: value の行、または { key: value, … }) でなければなりません</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>リストでなければなりません</translation>
    </message>
    <message>
        <source>must be a single value, not a mapping</source>
        <translation>マッピングではなく、単一の値でなければなりません</translation>
    </message>
    <message>
        <source>must be a single value, not a list</source>
        <translation>リストではなく、単一の値でなければなりません</translation>
    </message>
    <message>
        <source>must be a whole number, not &apos;%1&apos;</source>
        <translation>&apos;%1&apos; ではなく、整数でなければなりません</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2; %3 is out of range</source>
        <translation>%1 から %2 までの整数でなければなりません。%3 は範囲外です</translation>
    </message>
    <message>
        <source>must be true or false, not &apos;%1&apos;</source>
        <translation>&apos;%1&apos; ではなく、true または false でなければなりません</translation>
    </message>
</context>
<context>
    <name>dceha::ApplicationsEditor</name>
    <message>
        <source>Application</source>
        <comment>@title:column</comment>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Start command</source>
        <comment>@title:column</comment>
        <translation>開始コマンド</translation>
    </message>
    <message>
        <source>Stop command</source>
        <comment>@title:column</comment>
        <translation>停止コマンド</translation>
    </message>
</context>
<context>
    <name>dceha::CellPage</name>
    <message>
        <source>Cell and DCE</source>
        <comment>@title</comment>
        <translation>セルと DCE</translation>
    </message>
    <message>
        <source>The DCE cell, the components this node configures, and where DCE is installed from.</source>
        <comment>@subtitle</comment>
        <translation>DCE セル、このノードで構成するコンポーネント、および DCE のインストール元を指定します。</translation>
    </message>
    <message>
        <source>&amp;Cell name:</source>
        <comment>@label</comment>
        <translation>セル名(&amp;C):</translation>
    </message>
    <message>
        <source>Cell name</source>
        <comment>@label</comment>
        <translation>セル名</translation>
    </message>
    <message>
        <source>DCE ser&amp;vers:</source>
        <comment>@label</comment>
        <translation>DCE サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>DCE c&amp;lients:</source>
        <comment>@label</comment>
        <translation>DCE クライアント(&amp;L):</translation>
    </message>
    <message>
        <source>DCE server %1</source>
        <comment>@label</comment>
        <translation>DCE サーバー %1</translation>
    </message>
    <message>
        <source>DCE client %1</source>
        <comment>@label</comment>
        <translation>DCE クライアント %1</translation>
    </message>
    <message>
        <source>Installation &amp;media:</source>
        <comment>@label</comment>
        <translation>インストール・メディア(&amp;M):</translation>
    </message>
    <message>
        <source>Installation media</source>
        <comment>@label</comment>
        <translation>インストール・メディア</translation>
    </message>
    <message>
        <source>&amp;Rotating host name:</source>
        <comment>@label</comment>
        <translation>ローテート・リソースのホスト名(&amp;R):</translation>
    </message>
    <message>
        <source>Rotating host name</source>
        <comment>@label</comment>
        <translation>ローテート・リソースのホスト名</translation>
    </message>
    <message>
        <source>Mutual takeover: DCE and DFS servers cannot run on this node; only clients.</source>
        <comment>@info</comment>
        <translation>相互テークオーバー: このノードでは DCE および DFS サーバーを実行できません。実行できるのはクライアントのみです。</translation>
    </message>
    <message>
        <source>Standby node: DCE is installed here but not configured; it runs the owner&apos;s configuration from the shared DASD after a takeover.</source>
        <comment>@info</comment>
        <translation>待機ノード: このノードには DCE をインストールしますが、構成はしません。テークオーバー後は、共用 DASD 上にある所有者ノードの構成で DCE を実行します。</translation>
    </message>
    <message>
        <source>The owner node hosts the cell&apos;s servers.</source>
        <comment>@info</comment>
        <translation>所有者ノードでセルのサーバーを実行します。</translation>
    </message>
    <message>
        <source>cell_&amp;admin password:</source>
        <comment>@label</comment>
        <translation>cell_admin パスワード(&amp;A):</translation>
    </message>
    <message>
        <source>cell_admin password</source>
        <comment>@label</comment>
        <translation>cell_admin パスワード</translation>
    </message>
    <message>
        <source>The pass&amp;word again:</source>
        <comment>@label</comment>
        <translation>パスワードの確認(&amp;W):</translation>
    </message>
    <message>
        <source>The cell_admin password again</source>
        <comment>@label</comment>
        <translation>cell_admin パスワードの確認</translation>
    </message>
    <message>
        <source>Asked now, before anything runs, so that the run does not stop for it. It goes to mkdce on its standard input and is kept in memory only: never in a file, a log or the record.</source>
        <comment>@info</comment>
        <translation>実行が途中でこのために止まらないよう、何かを実行する前に今ここで尋ねます。標準入力で mkdce に渡され、メモリー内にだけ保持されます。ファイル、ログ、記録には決して書かれません。</translation>
    </message>
    <message>
        <source>cell_admin password: the two entries differ; type the same password in both (a new cell&apos;s password is set from it).</source>
        <comment>@info</comment>
        <translation>cell_admin パスワード: 2 つの入力が一致しません。両方に同じパスワードを入力してください (新しいセルのパスワードはこれで設定されます)。</translation>
    </message>
    <message>
        <source>the security server: the cell&apos;s registry, where cell_admin is made</source>
        <comment>@info DCE component</comment>
        <translation>セキュリティー・サーバー: セルのレジストリー (cell_admin はここに作成されます)</translation>
    </message>
    <message>
        <source>the CDS server: the cell&apos;s directory</source>
        <comment>@info DCE component</comment>
        <translation>CDS サーバー: セルのディレクトリー</translation>
    </message>
    <message>
        <source>a DTS server: the cell&apos;s time</source>
        <comment>@info DCE component</comment>
        <translation>DTS サーバー: セルの時刻</translation>
    </message>
    <message>
        <source>every client: security, CDS, DTS and RPC</source>
        <comment>@info DCE component</comment>
        <translation>すべてのクライアント: セキュリティー、CDS、DTS、RPC</translation>
    </message>
    <message>
        <source>the security client</source>
        <comment>@info DCE component</comment>
        <translation>セキュリティー・クライアント</translation>
    </message>
    <message>
        <source>the CDS (directory) client</source>
        <comment>@info DCE component</comment>
        <translation>CDS (ディレクトリー) クライアント</translation>
    </message>
    <message>
        <source>the DTS (time) client</source>
        <comment>@info DCE component</comment>
        <translation>DTS (時刻) クライアント</translation>
    </message>
    <message>
        <source>RPC only (the dced endpoint mapper)</source>
        <comment>@info DCE component</comment>
        <translation>RPC のみ (dced エンドポイント・マッパー)</translation>
    </message>
</context>
<context>
    <name>dceha::ClusterPage</name>
    <message>
        <source>Cluster</source>
        <comment>@title</comment>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>The HACMP configuration of this cluster and the role of this node.</source>
        <comment>@subtitle</comment>
        <translation>このクラスターの HACMP 構成と、このノードの役割を指定します。</translation>
    </message>
    <message>
        <source>Hot standby, cascading resources</source>
        <comment>@item</comment>
        <translation>ホット・スタンバイ、カスケード・リソース</translation>
    </message>
    <message>
        <source>One-sided takeover, cascading resources</source>
        <comment>@item</comment>
        <translation>片方向テークオーバー、カスケード・リソース</translation>
    </message>
    <message>
        <source>Hot standby, rotating resources</source>
        <comment>@item</comment>
        <translation>ホット・スタンバイ、ローテート・リソース</translation>
    </message>
    <message>
        <source>Mutual takeover, cascading resources</source>
        <comment>@item</comment>
        <translation>相互テークオーバー、カスケード・リソース</translation>
    </message>
    <message>
        <source>HACMP configuration</source>
        <comment>@label</comment>
        <translation>HACMP 構成</translation>
    </message>
    <message>
        <source>&amp;HACMP configuration:</source>
        <comment>@label</comment>
        <translation>HACMP 構成(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Owner (highest priority node)</source>
        <comment>@option:radio</comment>
        <translation>所有者ノード (最高優先順位ノード)(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Standby/takeover node</source>
        <comment>@option:radio</comment>
        <translation>待機/テークオーバー・ノード(&amp;S)</translation>
    </message>
    <message>
        <source>This node:</source>
        <comment>@label</comment>
        <translation>このノード:</translation>
    </message>
    <message>
        <source>Install and configure &amp;DFS too</source>
        <comment>@option:check</comment>
        <translation>DFS もインストールおよび構成する(&amp;D)</translation>
    </message>
    <message>
        <source>Mutual takeover: DCE and DFS servers cannot run on these nodes, and DCE/DFS clients are not taken over; no DCE filesystems on shared DASD. Only clients and applications are configured.</source>
        <comment>@info</comment>
        <translation>相互テークオーバー: これらのノードでは DCE および DFS サーバーを実行できず、DCE/DFS クライアントはテークオーバーされません。共用 DASD 上に DCE ファイルシステムは置きません。構成するのはクライアントとアプリケーションのみです。</translation>
    </message>
    <message>
        <source>Standby node: DCE and DFS are installed here but must not be configured; the shared volume group is imported from the owner node once it has released it.</source>
        <comment>@info</comment>
        <translation>待機ノード: このノードには DCE および DFS をインストールしますが、構成してはなりません。共用ボリューム・グループは、所有者ノードがそれを解放した後に、このノードにインポートします。</translation>
    </message>
    <message>
        <source>Owner node: /var/dce, /etc/dce and /krb5 go on shared DASD, DCE (and DFS) servers are configured here, then the node releases the shared DASD for the standby.</source>
        <comment>@info</comment>
        <translation>所有者ノード: /var/dce、/etc/dce、/krb5 を共用 DASD 上に置き、このノードで DCE (および DFS) サーバーを構成します。その後、このノードは待機ノードのために共用 DASD を解放します。</translation>
    </message>
    <message>
        <source>Rotating resources: DCE runs under the rotating resource&apos;s host name.</source>
        <comment>@info</comment>
        <translation>ローテート・リソース: DCE はローテート・リソースのホスト名で実行されます。</translation>
    </message>
    <message>
        <source>HACMP&apos;s resource groups make this cluster &quot;%1&quot;: %2. Choose it, or change HACMP&apos;s configuration first.</source>
        <comment>@info</comment>
        <translation>HACMP のリソース・グループによると、このクラスターは「%1」です: %2。この構成を選択するか、先に HACMP の構成を変更してください。</translation>
    </message>
    <message>
        <source>HACMP makes this node the home (highest-priority) node of the resource group: it is the owner (%1).</source>
        <comment>@info</comment>
        <translation>HACMP では、このノードがリソース・グループのホーム・ノード (最高優先順位) です。このノードは所有者ノードです (%1)。</translation>
    </message>
    <message>
        <source>HACMP makes this node the second node of the resource group: it is the standby (%1).</source>
        <comment>@info</comment>
        <translation>HACMP では、このノードがリソース・グループの 2 番目のノードです。このノードは待機ノードです (%1)。</translation>
    </message>
    <message>
        <source>Discovered from HACMP on this node: %1.</source>
        <comment>@info</comment>
        <translation>このノードの HACMP から検出: %1。</translation>
    </message>
</context>
<context>
    <name>dceha::ConfigurationDiagram</name>
    <message>
        <source>this node</source>
        <comment>@label diagram</comment>
        <translation>このノード</translation>
    </message>
    <message>
        <source>DCE (and DFS) servers, the applications</source>
        <comment>@label diagram</comment>
        <translation>DCE (および DFS) サーバー、アプリケーション</translation>
    </message>
    <message>
        <source>idle: waits to take over</source>
        <comment>@label diagram</comment>
        <translation>アイドル: テークオーバーに備えて待機</translation>
    </message>
    <message>
        <source>runs its own, non-critical applications</source>
        <comment>@label diagram</comment>
        <translation>自ノードの重要度の低いアプリケーションを実行</translation>
    </message>
    <message>
        <source>DCE (and DFS) under the rotating host name, the applications</source>
        <comment>@label diagram</comment>
        <translation>ローテート・ホスト名での DCE (および DFS)、アプリケーション</translation>
    </message>
    <message>
        <source>its applications, DCE/DFS clients only</source>
        <comment>@label diagram</comment>
        <translation>自ノードのアプリケーション、DCE/DFS クライアントのみ</translation>
    </message>
    <message>
        <source>Owner node (highest priority)</source>
        <comment>@label diagram</comment>
        <translation>所有者ノード (最高優先順位)</translation>
    </message>
    <message>
        <source>Standby/takeover node</source>
        <comment>@label diagram</comment>
        <translation>待機/テークオーバー・ノード</translation>
    </message>
    <message>
        <source>takes over the other&apos;s applications</source>
        <comment>@label diagram</comment>
        <translation>相手ノードのアプリケーションをテークオーバー</translation>
    </message>
    <message>
        <source>takes over when the owner fails</source>
        <comment>@label diagram</comment>
        <translation>所有者ノードの障害時にテークオーバー</translation>
    </message>
    <message>
        <source>no fall-back: the resources stay where they are</source>
        <comment>@label diagram</comment>
        <translation>フォールバックなし: リソースは移動しない</translation>
    </message>
    <message>
        <source>gives them back when the owner rejoins</source>
        <comment>@label diagram</comment>
        <translation>所有者ノードの再結合時にリソースを返却</translation>
    </message>
    <message>
        <source>shared DASD</source>
        <comment>@label diagram</comment>
        <translation>共用 DASD</translation>
    </message>
    <message>
        <source>the applications&apos; data; no DCE filesystems</source>
        <comment>@label diagram</comment>
        <translation>アプリケーションのデータ (DCE ファイルシステムなし)</translation>
    </message>
    <message>
        <source>/var/dce, /etc/dce, /krb5 (and the DFS aggregates)</source>
        <comment>@label diagram</comment>
        <translation>/var/dce、/etc/dce、/krb5 (および DFS アグリゲート)</translation>
    </message>
    <message>
        <source>Diagram of the configuration</source>
        <comment>@label</comment>
        <translation>構成図</translation>
    </message>
    <message>
        <source>Each node runs its own applications and takes over the other&apos;s.</source>
        <comment>@info</comment>
        <translation>各ノードは自ノードのアプリケーションを実行し、相手ノードのアプリケーションをテークオーバーします。</translation>
    </message>
    <message>
        <source>The standby node takes over when the owner fails; the resources do not fall back.</source>
        <comment>@info</comment>
        <translation>所有者ノードに障害が発生すると、待機ノードがテークオーバーします。リソースはフォールバックしません。</translation>
    </message>
    <message>
        <source>The standby node takes over when the owner fails and gives the resources back when the owner rejoins.</source>
        <comment>@info</comment>
        <translation>所有者ノードに障害が発生すると待機ノードがテークオーバーし、所有者ノードがクラスターに再結合するとリソースを返却します (フォールバック)。</translation>
    </message>
    <message>
        <source>Peer node A: home of its own resource group</source>
        <comment>@label diagram</comment>
        <translation>ピア・ノード A: 自身のリソース・グループのホーム</translation>
    </message>
    <message>
        <source>Peer node B: home of its own resource group</source>
        <comment>@label diagram</comment>
        <translation>ピア・ノード B: 自身のリソース・グループのホーム</translation>
    </message>
</context>
<context>
    <name>dceha::ConfirmRunDialog</name>
    <message>
        <source>owner node</source>
        <comment>@item the node a change happens on</comment>
        <translation>所有者ノード</translation>
    </message>
    <message>
        <source>standby node</source>
        <comment>@item the node a change happens on</comment>
        <translation>待機ノード</translation>
    </message>
    <message>
        <source>Destroyed, cannot be undone</source>
        <comment>@item what the run destroys</comment>
        <translation>破棄されるもの (元に戻せません)</translation>
    </message>
    <message>
        <source>Interrupted or moved</source>
        <comment>@item what the run interrupts</comment>
        <translation>中断または移動されるもの</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@item node: what happens there</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <comment>@title:window</comment>
        <translation>よろしいですか?</translation>
    </message>
    <message>
        <source>What will be destroyed or interrupted</source>
        <comment>@label</comment>
        <translation>破棄または中断されるもの</translation>
    </message>
    <message>
        <source>Nothing else on the node is touched: the review page lists every command. Go back to change the answers.</source>
        <comment>@info</comment>
        <translation>ノード上のほかのものには一切触れません。すべてのコマンドはレビュー・ページにあります。回答を変更するには戻ってください。</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <comment>@action:button</comment>
        <translation>戻る(&amp;G)</translation>
    </message>
</context>
<context>
    <name>dceha::DfsPage</name>
    <message>
        <source>DFS</source>
        <comment>@title</comment>
        <translation>DFS</translation>
    </message>
    <message>
        <source>The DFS client cache lives in a local JFS on non-shared DASD; DFS aggregates live on the shared volume group.</source>
        <comment>@subtitle</comment>
        <translation>DFS クライアント・キャッシュは非共用 DASD 上のローカル JFS に置き、DFS アグリゲートは共用ボリューム・グループに置きます。</translation>
    </message>
    <message>
        <source>Cache &amp;volume group:</source>
        <comment>@label</comment>
        <translation>キャッシュのボリューム・グループ(&amp;V):</translation>
    </message>
    <message>
        <source>Cache volume group</source>
        <comment>@label</comment>
        <translation>キャッシュのボリューム・グループ</translation>
    </message>
    <message>
        <source>Cache &amp;logical volume:</source>
        <comment>@label</comment>
        <translation>キャッシュの論理ボリューム(&amp;L):</translation>
    </message>
    <message>
        <source>Cache logical volume</source>
        <comment>@label</comment>
        <translation>キャッシュの論理ボリューム</translation>
    </message>
    <message>
        <source>Cache &amp;size (MB):</source>
        <comment>@label</comment>
        <translation>キャッシュ・サイズ (MB)(&amp;S):</translation>
    </message>
    <message>
        <source>Cache size in MB</source>
        <comment>@label</comment>
        <translation>キャッシュ・サイズ (MB)</translation>
    </message>
    <message>
        <source>Cache &amp;mount point:</source>
        <comment>@label</comment>
        <translation>キャッシュのマウント・ポイント(&amp;M):</translation>
    </message>
    <message>
        <source>Cache mount point</source>
        <comment>@label</comment>
        <translation>キャッシュのマウント・ポイント</translation>
    </message>
    <message>
        <source>A&amp;ggregates on shared DASD:</source>
        <comment>@label</comment>
        <translation>共用 DASD 上のアグリゲート(&amp;G):</translation>
    </message>
    <message>
        <source>Logical volume</source>
        <comment>@title:column</comment>
        <translation>論理ボリューム</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <comment>@title:column</comment>
        <translation>アグリゲート</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <comment>@title:column</comment>
        <translation>サイズ (MB)</translation>
    </message>
    <message>
        <source>DFS aggregates</source>
        <comment>@label</comment>
        <translation>DFS アグリゲート</translation>
    </message>
    <message>
        <source>&amp;Add aggregate</source>
        <comment>@action:button</comment>
        <translation>アグリゲートの追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove aggregate</source>
        <comment>@action:button</comment>
        <translation>アグリゲートの削除(&amp;R)</translation>
    </message>
    <message>
        <source>%1: %2 MB free of %3 MB.</source>
        <comment>@info</comment>
        <translation>%1: %3 MB 中 %2 MB が空いています。</translation>
    </message>
</context>
<context>
    <name>dceha::FailoverTestPage</name>
    <message>
        <source>Passed: HACMP moved every resource as chapter 2 of the guide says, and each stage&apos;s checks hold. The cluster is back as it was before the drill.</source>
        <comment>@info</comment>
        <translation>合格: HACMP はガイドの第 2 章のとおりにすべてのリソースを移動し、各段階の検査はすべて成立しました。クラスターは訓練前の状態に戻っています。</translation>
    </message>
    <message>
        <source>The drill&apos;s record, with every check&apos;s evidence, is saved as %1 (.yaml and .html).</source>
        <comment>@info</comment>
        <translation>訓練の記録 (各検査の証跡を含む) は %1 (.yaml と .html) として保存されています。</translation>
    </message>
    <message>
        <source>Failover test</source>
        <comment>@title</comment>
        <translation>フェイルオーバー・テスト</translation>
    </message>
    <message>
        <source>The guide&apos;s chapter 2 on both nodes: takeover, reintegration and node failure, each stage checked.</source>
        <comment>@subtitle</comment>
        <translation>ガイドの第 2 章を両ノードで実施: テークオーバー、再統合、ノード障害。各段階を検査します。</translation>
    </message>
    <message>
        <source>HACMP moves the resources itself, through the scripts this wizard installed: the drill only stops, restarts and fails the nodes, then checks what each one holds. Run it once both nodes are integrated (the standby node&apos;s wizard says Complete), before production: it really stops the cluster services on both nodes and restarts the other node.</source>
        <comment>@info</comment>
        <translation>リソースを移動するのは HACMP 自身です (このウィザードがインストールしたスクリプトを使用)。訓練はノードを停止・再始動・障害状態にするだけで、その後に各ノードが何を保持しているかを検査します。両ノードの統合が済んでから (スタンバイ・ノードのウィザードに「完了」と表示されてから)、本番運用の前に実行してください。両ノードのクラスター・サービスを実際に停止し、相手ノードを再始動します。</translation>
    </message>
    <message>
        <source>The &amp;other node&apos;s root (simulated cluster):</source>
        <comment>@label:textbox</comment>
        <translation>相手ノードのルート (シミュレートされたクラスター)(&amp;O):</translation>
    </message>
    <message>
        <source>The simulated standby node&apos;s root directory, on the same shared DASD. The drill runs the other node&apos;s actions there itself.</source>
        <comment>@info:tooltip</comment>
        <translation>同じ共用 DASD 上の、シミュレートされたスタンバイ・ノードのルート・ディレクトリー。訓練は相手ノードでの操作をそこで自動的に実行します。</translation>
    </message>
    <message>
        <source>On real nodes, each action on the other node is an operator step: do it there as the status says, then verify and continue. This node&apos;s checks run by themselves.</source>
        <comment>@info</comment>
        <translation>実ノードでは、相手ノードでの各操作はオペレーター・ステップです。状況表示のとおりに相手ノードで実施してから、「検証して続行」を押してください。このノードの検査は自動的に実行されます。</translation>
    </message>
    <message>
        <source>Timeline of the two nodes</source>
        <comment>@label</comment>
        <translation>両ノードのタイムライン</translation>
    </message>
    <message>
        <source>Each column is a stage of the drill, each cell the node that held the resource after it, both nodes asked. — : neither node; ? : a node could not be asked.</source>
        <comment>@info</comment>
        <translation>各列は訓練の段階、各セルはその段階の後にリソースを保持していたノードです (両ノードに問い合わせ済み)。— : どちらのノードでもない、? : 問い合わせできなかったノードがある。</translation>
    </message>
    <message>
        <source>Service address %1</source>
        <comment>@item:row</comment>
        <translation>サービス・アドレス %1</translation>
    </message>
    <message>
        <source>Shared VG %1</source>
        <comment>@item:row</comment>
        <translation>共用 VG %1</translation>
    </message>
    <message>
        <source>DCE</source>
        <comment>@item:row</comment>
        <translation>DCE</translation>
    </message>
    <message>
        <source>DFS</source>
        <comment>@item:row</comment>
        <translation>DFS</translation>
    </message>
    <message>
        <source>Application %1</source>
        <comment>@item:row</comment>
        <translation>アプリケーション %1</translation>
    </message>
    <message>
        <source>neither node</source>
        <comment>@item</comment>
        <translation>どちらのノードでもない</translation>
    </message>
    <message>
        <source>not known: %1 could not be asked</source>
        <comment>@item</comment>
        <translation>不明: %1 に問い合わせできませんでした</translation>
    </message>
    <message>
        <source>Where the resources are (time&amp;line):</source>
        <comment>@label</comment>
        <translation>リソースの所在 (タイムライン)(&amp;L):</translation>
    </message>
    <message>
        <source>The failover drill moves the cluster&apos;s resources from one node to the other and back. Before it begins, this is what it will interrupt:</source>
        <comment>@info</comment>
        <translation>フェイルオーバー演習は、クラスターのリソースを一方のノードからもう一方へ移し、また戻します。開始する前に: 演習が中断するものは次のとおりです:</translation>
    </message>
    <message>
        <source>&amp;Begin the drill</source>
        <comment>@action:button</comment>
        <translation>演習を開始(&amp;B)</translation>
    </message>
</context>
<context>
    <name>dceha::NetworkPage</name>
    <message>
        <source>Network</source>
        <comment>@title</comment>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>DCE must use only the HACMP service addresses: every other address of this node is excluded from its RPC (at most 10).</source>
        <comment>@subtitle</comment>
        <translation>DCE は HACMP サービス・アドレスのみを使用する必要があります。このノードのその他のアドレスはすべて DCE の RPC から除外されます (最大 10 個)。</translation>
    </message>
    <message>
        <source>Address</source>
        <comment>@title:column</comment>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Interface</source>
        <comment>@title:column</comment>
        <translation>インターフェース</translation>
    </message>
    <message>
        <source>HACMP label</source>
        <comment>@title:column</comment>
        <translation>HACMP ラベル</translation>
    </message>
    <message>
        <source>Use</source>
        <comment>@title:column</comment>
        <translation>用途</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <comment>@label</comment>
        <translation>ネットワーク・アダプター</translation>
    </message>
    <message>
        <source>RPC_UNSUPPORTED_NETADDRS</source>
        <comment>@label</comment>
        <translation>RPC_UNSUPPORTED_NETADDRS</translation>
    </message>
    <message>
        <source>service (kept)</source>
        <comment>@item</comment>
        <translation>サービス (使用)</translation>
    </message>
    <message>
        <source>boot (excluded)</source>
        <comment>@item</comment>
        <translation>ブート (除外)</translation>
    </message>
    <message>
        <source>standby (excluded)</source>
        <comment>@item</comment>
        <translation>待機 (除外)</translation>
    </message>
    <message>
        <source>not this node&apos;s</source>
        <comment>@item</comment>
        <translation>他ノードのもの</translation>
    </message>
    <message>
        <source>Use of %1</source>
        <comment>@label</comment>
        <translation>%1 の用途</translation>
    </message>
    <message>
        <source>the other node&apos;s service (mutual takeover)</source>
        <comment>@item</comment>
        <translation>他方のノードのサービス (相互テークオーバー)</translation>
    </message>
    <message>
        <source>Service addresses</source>
        <comment>@label</comment>
        <translation>サービス・アドレス</translation>
    </message>
    <message>
        <source>Boot addresses</source>
        <comment>@label</comment>
        <translation>ブート・アドレス</translation>
    </message>
    <message>
        <source>Standby addresses</source>
        <comment>@label</comment>
        <translation>待機アドレス</translation>
    </message>
    <message>
        <source>The other node&apos;s service addresses</source>
        <comment>@label</comment>
        <translation>他方のノードのサービス・アドレス</translation>
    </message>
</context>
<context>
    <name>dceha::PreflightPage</name>
    <message>
        <source>Pre-flight</source>
        <comment>@title</comment>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>Every precondition on this node, checked before anything changes: HACMP&apos;s adapters and resource groups, the disks, the space, the major number, the media and the programs.</source>
        <comment>@subtitle</comment>
        <translation>このノードのすべての前提条件を、何かを変更する前に検査します: HACMP のアダプターとリソース・グループ、ディスク、空き容量、メジャー番号、メディア、プログラム。</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>@title:column</comment>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>@title:column</comment>
        <translation>結果</translation>
    </message>
    <message>
        <source>Finding and what the node said</source>
        <comment>@title:column</comment>
        <translation>検出結果とノードの応答</translation>
    </message>
    <message>
        <source>The pre-flight&apos;s findings</source>
        <comment>@label</comment>
        <translation>事前チェックの検出結果</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <comment>@action:button</comment>
        <translation>再チェック(&amp;G)</translation>
    </message>
    <message>
        <source>Ask the node again (after freeing a disk or inserting the CD, for example)</source>
        <comment>@info:tooltip</comment>
        <translation>ノードに再度問い合わせます (ディスクを解放した後や CD を挿入した後など)</translation>
    </message>
    <message>
        <source>The answers are refused; nothing can run:</source>
        <comment>@info</comment>
        <translation>回答が受け入れられないため、何も実行できません:</translation>
    </message>
    <message>
        <source>Checking the node…</source>
        <comment>@info</comment>
        <translation>ノードを確認中…</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>@item preflight result</comment>
        <translation>合格</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>@item preflight result</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAILED</source>
        <comment>@item preflight result</comment>
        <translation>不合格</translation>
    </message>
    <message>
        <source>seen: %1</source>
        <comment>@item</comment>
        <translation>確認内容: %1</translation>
    </message>
    <message>
        <source>%1 passed, %2 warning(s), %3 failed.</source>
        <comment>@info</comment>
        <translation>合格 %1 件、警告 %2 件、不合格 %3 件。</translation>
    </message>
    <message>
        <source>Go back and change the answers the failures name, or fix the node and check again; nothing has changed.</source>
        <comment>@info</comment>
        <translation>前のページに戻って不合格の項目が示す回答を変更するか、ノードを修正してから再チェックしてください。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>dceha::ProcedureMap</name>
    <message>
        <source>&lt;b&gt;This wizard&lt;/b&gt;</source>
        <comment>@title the map&apos;s list of pages</comment>
        <translation>&lt;b&gt;このウィザード&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The cluster procedure&lt;/b&gt;</source>
        <comment>@title the map&apos;s list of both nodes&apos; parts</comment>
        <translation>&lt;b&gt;クラスターの手順&lt;/b&gt;</translation>
    </message>
    <message>
        <source>this node</source>
        <comment>@info the node, not yet named</comment>
        <translation>このノード</translation>
    </message>
    <message>
        <source>owner node, with the standby %1 in this window</source>
        <comment>@info the node&apos;s role</comment>
        <translation>所有者ノード (待機ノード %1 もこのウィンドウで)</translation>
    </message>
    <message>
        <source>owner node</source>
        <comment>@info the node&apos;s role</comment>
        <translation>所有者ノード</translation>
    </message>
    <message>
        <source>standby node</source>
        <comment>@info the node&apos;s role</comment>
        <translation>待機ノード</translation>
    </message>
    <message>
        <source>Node: %1, %2, %3</source>
        <comment>@label the banner</comment>
        <translation>ノード: %1、%2、%3</translation>
    </message>
    <message>
        <source>%1 (%2) — DCE/DFS integration with HACMP</source>
        <comment>@title:window host (role)</comment>
        <translation>%1 (%2) — DCE/DFS と HACMP の統合</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>@item the node&apos;s role</comment>
        <translation>所有者</translation>
    </message>
    <message>
        <source>standby</source>
        <comment>@item the node&apos;s role</comment>
        <translation>待機</translation>
    </message>
    <message>
        <source>done (the owner&apos;s record)</source>
        <comment>@item a part&apos;s state</comment>
        <translation>完了 (所有者の記録)</translation>
    </message>
    <message>
        <source>in the other node&apos;s wizard</source>
        <comment>@item a part&apos;s state</comment>
        <translation>もう一方のノードのウィザードで</translation>
    </message>
    <message>
        <source>to do</source>
        <comment>@item a part&apos;s state</comment>
        <translation>未実行</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <comment>@item a part&apos;s state</comment>
        <translation>作業なし</translation>
    </message>
    <message>
        <source>running: step %1 of %2</source>
        <comment>@item a part&apos;s state</comment>
        <translation>実行中: ステップ %1/%2</translation>
    </message>
    <message>
        <source>failed at: %1</source>
        <comment>@item a part&apos;s state</comment>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>done; waits for the other node</source>
        <comment>@item a part&apos;s state</comment>
        <translation>完了。もう一方のノードを待っています</translation>
    </message>
    <message>
        <source>waits for the operator: %1</source>
        <comment>@item a part&apos;s state</comment>
        <translation>オペレーター待ち: %1</translation>
    </message>
    <message>
        <source>done</source>
        <comment>@item a part&apos;s state</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <comment>@item a part&apos;s state</comment>
        <translation>%2 ステップ中 %1 完了</translation>
    </message>
    <message>
        <source>Owner: shared storage, DCE/DFS, scripts, release of the shared DASD</source>
        <comment>@item a part of the procedure</comment>
        <translation>所有者: 共有ストレージ、DCE/DFS、スクリプト、共有 DASD の解放</translation>
    </message>
    <message>
        <source>Standby: the shared volume group, DCE/DFS, scripts</source>
        <comment>@item a part of the procedure</comment>
        <translation>待機: 共有ボリューム・グループ、DCE/DFS、スクリプト</translation>
    </message>
    <message>
        <source>Owner: the cluster starts</source>
        <comment>@item a part of the procedure</comment>
        <translation>所有者: クラスターの開始</translation>
    </message>
    <message>
        <source>Standby: the cluster starts</source>
        <comment>@item a part of the procedure</comment>
        <translation>待機: クラスターの開始</translation>
    </message>
    <message>
        <source>This window&apos;s node</source>
        <comment>@info:tooltip</comment>
        <translation>このウィンドウのノード</translation>
    </message>
    <message>
        <source>5. Both nodes: the failover drill (Failover test page)
    after both nodes are integrated</source>
        <comment>@item a part of the procedure</comment>
        <translation>5. 両ノード: フェイルオーバー演習 (フェイルオーバー・テスト・ページ)
    両ノードの統合後</translation>
    </message>
    <message>
        <source>role not chosen yet</source>
        <comment>@info the node&apos;s role</comment>
        <translation>役割は未選択</translation>
    </message>
</context>
<context>
    <name>dceha::ReviewPage</name>
    <message>
        <source>Checking the answers against the node and planning the run…</source>
        <comment>@info</comment>
        <translation>回答をノードと照合し、実行を計画しています…</translation>
    </message>
    <message>
        <source>Checking the node</source>
        <comment>@label</comment>
        <translation>ノードを確認中</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <comment>@title:window</comment>
        <translation>計画のエクスポート</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <comment>@info</comment>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>@title</comment>
        <translation>確認</translation>
    </message>
    <message>
        <source>Every step with its guide reference and the exact commands and file edits. Nothing has run yet.</source>
        <comment>@subtitle</comment>
        <translation>すべてのステップを、ガイドの参照箇所、実行されるコマンドとファイル編集の内容とともに示します。まだ何も実行されていません。</translation>
    </message>
    <message>
        <source>The plan</source>
        <comment>@label</comment>
        <translation>計画</translation>
    </message>
    <message>
        <source>E&amp;xport the plan…</source>
        <comment>@action:button</comment>
        <translation>計画のエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>The answers are refused; nothing can run:</source>
        <comment>@info</comment>
        <translation>回答が受け入れられないため、何も実行できません:</translation>
    </message>
    <message>
        <source>From the owner&apos;s record: %1</source>
        <comment>@info</comment>
        <translation>所有者ノードの記録から取得: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <comment>@item</comment>
        <translation>スキップ: %1</translation>
    </message>
    <message>
        <source>already done</source>
        <comment>@item</comment>
        <translation>完了済み</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <comment>@item</comment>
        <translation>実行不可: %1</translation>
    </message>
    <message>
        <source>Guide: %1</source>
        <comment>@item</comment>
        <translation>ガイド: %1</translation>
    </message>
    <message>
        <source>Save the answers</source>
        <comment>@title:window</comment>
        <translation>回答の保存</translation>
    </message>
    <message>
        <source>Answers (*.yaml *.yml)</source>
        <comment>@item:inlistbox</comment>
        <translation>回答 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Save the ans&amp;wers…</source>
        <comment>@action:button</comment>
        <translation>回答の保存(&amp;W)…</translation>
    </message>
    <message>
        <source>The answers of these pages as a file: for a headless run (--answers) or to come back to them later. No password is in it.</source>
        <comment>@info:tooltip</comment>
        <translation>これらのページの回答をファイルとして保存します: ヘッドレス実行 (--answers) 用、または後で再開するためです。パスワードは含まれません。</translation>
    </message>
    <message>
        <source>Every step with its guide reference and what is left to do: the exact commands and file edits, and the steps the run in progress has done. %1</source>
        <comment>@subtitle</comment>
        <translation>各ステップとガイドの参照箇所、残りの作業 (正確なコマンドとファイル編集)、および進行中の実行が完了したステップ。%1</translation>
    </message>
    <message>
        <source>These answers differ from those of the run in progress on this node, but no step&apos;s inputs changed: every done step stays done.</source>
        <comment>@info</comment>
        <translation>これらの回答はこのノードで進行中の実行の回答と異なりますが、入力が変わったステップはありません。完了したステップはすべて完了のままです。</translation>
    </message>
    <message>
        <source>These answers differ from those of the run in progress on this node: only the steps whose inputs changed run again (%1); the other done steps stay done.</source>
        <comment>@info</comment>
        <translation>これらの回答はこのノードで進行中の実行の回答と異なります。入力が変わったステップだけが再実行されます (%1)。ほかの完了したステップは完了のままです。</translation>
    </message>
</context>
<context>
    <name>dceha::RunController</name>
    <message>
        <source>%1. The run stopped there: nothing further was done. Fix the cause (free space, a writable state directory), then run again: it resumes from the last saved step.</source>
        <comment>@info</comment>
        <translation>%1。実行はそこで停止しました。それ以降の処理は何も行われていません。原因 (空き容量の不足、書き込みできない状態ディレクトリー) を解消してから、再度実行してください。最後に保存されたステップから再開されます。</translation>
    </message>
    <message>
        <source>Stopped by %1 after its current command. The checkpoint keeps everything done; open the wizard again to resume: the interrupted step is probed and finished.</source>
        <comment>@info</comment>
        <translation>%1 により、実行中のコマンドの終了後に停止しました。完了した処理はすべてチェックポイントに保存されています。再開するにはウィザードをもう一度開いてください。中断されたステップは確認されてから最後まで実行されます。</translation>
    </message>
    <message>
        <source>standby: %1</source>
        <comment>@item preflight check of the other node</comment>
        <translation>待機: %1</translation>
    </message>
    <message>
        <source>standby: </source>
        <comment>@item prefix of the other node&apos;s problem</comment>
        <translation>待機: </translation>
    </message>
    <message>
        <source>Waits for the other node: its part runs now; this is checked on it after.</source>
        <comment>@info</comment>
        <translation>もう一方のノードを待っています: そのノードの部分を今実行し、その後このステップをそのノードで確認します。</translation>
    </message>
    <message>
        <source>— %1 (part %2)</source>
        <comment>@info the node whose steps run now</comment>
        <translation>— %1 (第 %2 部)</translation>
    </message>
</context>
<context>
    <name>dceha::RunLog</name>
    <message>
        <source>%1 ms</source>
        <comment>@item duration</comment>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>@item duration</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <comment>@item the run log&apos;s step row</comment>
        <translation>ステップ %1/%2: %3</translation>
    </message>
    <message>
        <source>1 line</source>
        <comment>@item</comment>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <comment>@item more than one</comment>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@item standard output or error (its line count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>… %1 more lines: the record keeps all of them</source>
        <comment>@item</comment>
        <translation>… ほかに %1 行。記録にはすべて残っています</translation>
    </message>
    <message>
        <source>exit %1</source>
        <comment>@item a command&apos;s exit status</comment>
        <translation>終了コード %1</translation>
    </message>
    <message>
        <source>Ran %1</source>
        <comment>@info:tooltip</comment>
        <translation>実行したプログラム: %1</translation>
    </message>
    <message>
        <source>standard input: %1</source>
        <comment>@item</comment>
        <translation>標準入力: %1</translation>
    </message>
    <message>
        <source>standard output</source>
        <comment>@item</comment>
        <translation>標準出力</translation>
    </message>
    <message>
        <source>standard error</source>
        <comment>@item</comment>
        <translation>標準エラー</translation>
    </message>
    <message>
        <source>(backup %1)</source>
        <comment>@item</comment>
        <translation>(バックアップ %1)</translation>
    </message>
</context>
<context>
    <name>dceha::RunPage</name>
    <message>
        <source>Run</source>
        <comment>@title</comment>
        <translation>実行</translation>
    </message>
    <message>
        <source>The steps run one by one; the run can be stopped and resumed at any time.</source>
        <comment>@subtitle</comment>
        <translation>ステップは 1 つずつ実行されます。実行はいつでも停止および再開できます。</translation>
    </message>
    <message>
        <source>This node&apos;s record is saved as %1.yaml: give it to the wizard on the standby node as the owner node&apos;s record.</source>
        <comment>@info</comment>
        <translation>このノードの記録は %1.yaml として保存されました。これを所有者ノードの記録として、待機ノードのウィザードに指定してください。</translation>
    </message>
    <message>
        <source>The simulated cluster&apos;s standby node, in a second window, with this node&apos;s record.</source>
        <comment>@info:tooltip</comment>
        <translation>シミュレートされたクラスターの待機ノードを、このノードの記録とともに 2 つ目のウィンドウで開きます。</translation>
    </message>
    <message>
        <source>Open the stan&amp;dby node&apos;s wizard</source>
        <comment>@action:button</comment>
        <translation>待機ノードのウィザードを開く(&amp;D)</translation>
    </message>
    <message>
        <source>The cell_admin password is needed</source>
        <comment>@title:window</comment>
        <translation>cell_admin パスワードが必要です</translation>
    </message>
    <message>
        <source>Before anything runs on the two nodes (the owner %1, the standby %2), this is what the run will destroy and interrupt:</source>
        <comment>@info</comment>
        <translation>2 つのノード (所有者 %1、待機 %2) で何かを実行する前に: この実行が破棄し、中断するものは次のとおりです:</translation>
    </message>
    <message>
        <source>Before anything runs on %1, this is what the run will destroy and interrupt:</source>
        <comment>@info</comment>
        <translation>%1 で何かを実行する前に: この実行が破棄し、中断するものは次のとおりです:</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <comment>@action:button</comment>
        <translation>開始(&amp;B)</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; needs the cell_admin password. Type it on the page &quot;%2&quot; (Back), then begin: it is kept in memory only, for this run.</source>
        <comment>@info</comment>
        <translation>ステップ「%1」には cell_admin パスワードが必要です。ページ「%2」で入力してから (戻る) 開始してください。パスワードはこの実行のためにメモリー内にだけ保持されます。</translation>
    </message>
</context>
<context>
    <name>dceha::RunView</name>
    <message>
        <source>Stopping after the current step…</source>
        <comment>@info</comment>
        <translation>現在のステップの完了後に停止します…</translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>@label</comment>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Progress</source>
        <comment>@label</comment>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Command output</source>
        <comment>@label</comment>
        <translation>コマンド出力</translation>
    </message>
    <message>
        <source>&amp;Verify and continue</source>
        <comment>@action:button</comment>
        <translation>検証して続行(&amp;V)</translation>
    </message>
    <message>
        <source>Checks the operator step&apos;s result, then continues the run.</source>
        <comment>@info:tooltip</comment>
        <translation>オペレーター・ステップの結果を検証してから、実行を続行します。</translation>
    </message>
    <message>
        <source>S&amp;top after this step</source>
        <comment>@action:button</comment>
        <translation>このステップの後で停止(&amp;T)</translation>
    </message>
    <message>
        <source>The step under way finishes; the checkpoint keeps everything, and Resume continues.</source>
        <comment>@info:tooltip</comment>
        <translation>実行中のステップは最後まで実行されます。すべてチェックポイントに保持され、「再開」で続行できます。</translation>
    </message>
    <message>
        <source>done</source>
        <comment>@item step status</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>already done</source>
        <comment>@item step status</comment>
        <translation>完了済み</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>@item step status</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>waiting for the operator</source>
        <comment>@item step status</comment>
        <translation>オペレーター待ち</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>@item step status</comment>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>running</source>
        <comment>@item step status</comment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>interrupted, to be resumed</source>
        <comment>@item step status</comment>
        <translation>中断（再開可能）</translation>
    </message>
    <message>
        <source>to do</source>
        <comment>@item step status</comment>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <comment>@action:button</comment>
        <translation>もう一度実行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <comment>@action:button</comment>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <comment>@action:button</comment>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <comment>@action:button</comment>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <comment>@info</comment>
        <translation>実行中: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <comment>@info</comment>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Complete: every step is done.</source>
        <comment>@info</comment>
        <translation>完了: すべてのステップが完了しました。</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed: its command and output are below. Fix the cause, then retry.</source>
        <comment>@info</comment>
        <translation>ステップ「%1」が失敗しました。コマンドとその出力を以下に示します。原因を取り除いてから再試行してください。</translation>
    </message>
    <message>
        <source>Waiting for an operator step (%1): do what it says, then verify.</source>
        <comment>@info</comment>
        <translation>オペレーター・ステップ (%1) の完了を待っています。指示された作業を行ってから、検証してください。</translation>
    </message>
    <message>
        <source>Another dce-ha-wizard holds this node&apos;s state directory.</source>
        <comment>@info</comment>
        <translation>別の dce-ha-wizard がこのノードの状態ディレクトリーを使用中です。</translation>
    </message>
    <message>
        <source>Stopped. The checkpoint keeps every step done; Resume continues from here.</source>
        <comment>@info</comment>
        <translation>停止しました。完了したステップはすべてチェックポイントに保持されています。「再開」でここから続行します。</translation>
    </message>
    <message>
        <source>Nothing has run yet. Start runs the plan of the review page.</source>
        <comment>@info</comment>
        <translation>まだ何も実行されていません。「開始」で確認ページの計画を実行します。</translation>
    </message>
    <message>
        <source>Refused before anything ran, nothing was changed: the reason is below.</source>
        <comment>@info</comment>
        <translation>何も実行する前に拒否されました。何も変更されていません。理由を以下に示します。</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>@item the node a step runs on</comment>
        <translation>所有者</translation>
    </message>
    <message>
        <source>standby</source>
        <comment>@item the node a step runs on</comment>
        <translation>待機</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@item node: step title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 elapsed</source>
        <comment>@info</comment>
        <translation>ステップ %1/%2 · 経過 %3</translation>
    </message>
    <message>
        <source>%1 of %2 steps done · the last run took %3</source>
        <comment>@info</comment>
        <translation>%2 ステップ中 %1 完了 · 前回の実行時間 %3</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <comment>@info</comment>
        <translation>%1 ステップ</translation>
    </message>
    <message>
        <source>A run is in progress on this node: Resume goes on with the plan of the review page (the steps done stay done).</source>
        <comment>@info</comment>
        <translation>このノードで実行が進行中です。「再開」はレビュー・ページの計画で続行します (完了したステップは完了のままです)。</translation>
    </message>
</context>
<context>
    <name>dceha::ScriptsPage</name>
    <message>
        <source>Application server scripts</source>
        <comment>@title</comment>
        <translation>アプリケーション・サーバー・スクリプト</translation>
    </message>
    <message>
        <source>HACMP starts and stops DCE (and DFS) through these scripts; the same path on both nodes.</source>
        <comment>@subtitle</comment>
        <translation>HACMP はこれらのスクリプトによって DCE (および DFS) を開始および停止します。パスは両方のノードで同じです。</translation>
    </message>
    <message>
        <source>Scripts &amp;directory:</source>
        <comment>@label</comment>
        <translation>スクリプト・ディレクトリー(&amp;D):</translation>
    </message>
    <message>
        <source>Scripts directory</source>
        <comment>@label</comment>
        <translation>スクリプト・ディレクトリー</translation>
    </message>
    <message>
        <source>Application &amp;server:</source>
        <comment>@label</comment>
        <translation>アプリケーション・サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Application server name</source>
        <comment>@label</comment>
        <translation>アプリケーション・サーバー名</translation>
    </message>
    <message>
        <source>&amp;Register it with HACMP (claddserv) before the cluster start</source>
        <comment>@option:check</comment>
        <translation>クラスター開始前に HACMP に登録する (claddserv)(&amp;R)</translation>
    </message>
    <message>
        <source>Also install node_down post-event and node_up pre-event &amp;wrappers</source>
        <comment>@option:check</comment>
        <translation>node_down ポスト・イベントと node_up プリ・イベントのラッパーもインストールする(&amp;W)</translation>
    </message>
    <message>
        <source>Your applications, started after DCE/DFS and stopped before</source>
        <comment>@label</comment>
        <translation>アプリケーション (DCE/DFS の後に開始し、DCE/DFS の前に停止)</translation>
    </message>
    <message>
        <source>Your a&amp;pplications (started after DCE/DFS, stopped before; programs by full path):</source>
        <comment>@label</comment>
        <translation>アプリケーション (DCE/DFS の後に開始、前に停止。プログラムはフルパスで指定)(&amp;P):</translation>
    </message>
    <message>
        <source>The other node&apos;s application server name</source>
        <comment>@label</comment>
        <translation>他方のノードのアプリケーション・サーバー名</translation>
    </message>
    <message>
        <source>Mutual takeover: each node&apos;s resource group has its own application server; this node runs the other node&apos;s after taking its resource group over.</source>
        <comment>@info:tooltip</comment>
        <translation>相互テークオーバー: 各ノードのリソース・グループは独自のアプリケーション・サーバーを持ちます。このノードは他方のノードのリソース・グループを引き継いだ後、そのサーバーを実行します。</translation>
    </message>
    <message>
        <source>The other node&apos;s applications</source>
        <comment>@label</comment>
        <translation>他方のノードのアプリケーション</translation>
    </message>
    <message>
        <source>The other node&apos;s application serv&amp;er:</source>
        <comment>@label</comment>
        <translation>他方のノードのアプリケーション・サーバー(&amp;E):</translation>
    </message>
    <message>
        <source>Add appli&amp;cation</source>
        <comment>@action:button</comment>
        <translation>アプリケーションの追加(&amp;C)</translation>
    </message>
    <message>
        <source>Remo&amp;ve application</source>
        <comment>@action:button</comment>
        <translation>アプリケーションの削除(&amp;V)</translation>
    </message>
    <message>
        <source>The other node&apos;s appl&amp;ications, which this node starts when it takes the other node&apos;s resource group over (programs by full path):</source>
        <comment>@label</comment>
        <translation>他方のノードのアプリケーション (このノードが他方のリソース・グループを引き継いだときに開始。プログラムはフルパスで指定)(&amp;I):</translation>
    </message>
    <message>
        <source>Add an application of the o&amp;ther node</source>
        <comment>@action:button</comment>
        <translation>他方のノードのアプリケーションの追加(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;move an application of the other node</source>
        <comment>@action:button</comment>
        <translation>他方のノードのアプリケーションの削除(&amp;M)</translation>
    </message>
    <message>
        <source>Application server</source>
        <comment>@label</comment>
        <translation>アプリケーション・サーバー</translation>
    </message>
    <message>
        <source>The other node&apos;s application server</source>
        <comment>@label</comment>
        <translation>他方のノードのアプリケーション・サーバー</translation>
    </message>
</context>
<context>
    <name>dceha::StoragePage</name>
    <message>
        <source>Shared storage</source>
        <comment>@title</comment>
        <translation>共用ストレージ</translation>
    </message>
    <message>
        <source>/var/dce, /etc/dce and /krb5 on shared DASD, in a volume group HACMP varies on; every name non-default, so the standby&apos;s importvg keeps it.</source>
        <comment>@subtitle</comment>
        <translation>/var/dce、/etc/dce、/krb5 は、HACMP が活動化するボリューム・グループ内の共用 DASD 上に置きます。待機ノードの importvg で名前が保持されるよう、名前はすべてデフォルト以外にします。</translation>
    </message>
    <message>
        <source>Shared &amp;volume group:</source>
        <comment>@label</comment>
        <translation>共用ボリューム・グループ(&amp;V):</translation>
    </message>
    <message>
        <source>Shared volume group</source>
        <comment>@label</comment>
        <translation>共用ボリューム・グループ</translation>
    </message>
    <message>
        <source>Shared &amp;disks:</source>
        <comment>@label</comment>
        <translation>共用ディスク(&amp;D):</translation>
    </message>
    <message>
        <source>Shared disks</source>
        <comment>@label</comment>
        <translation>共用ディスク</translation>
    </message>
    <message>
        <source>A shared disk shows the same PVID on both nodes (compare with lspv on the other node); disks in a local volume group cannot be chosen.</source>
        <comment>@info</comment>
        <translation>共用ディスクは、両方のノードで同じ PVID を示します (もう一方のノードの lspv の出力と比較してください)。ローカル・ボリューム・グループ内のディスクは選択できません。</translation>
    </message>
    <message>
        <source>&amp;JFS log:</source>
        <comment>@label</comment>
        <translation>JFS ログ(&amp;J):</translation>
    </message>
    <message>
        <source>JFS log</source>
        <comment>@label</comment>
        <translation>JFS ログ</translation>
    </message>
    <message>
        <source>Mount point</source>
        <comment>@title:column</comment>
        <translation>マウント・ポイント</translation>
    </message>
    <message>
        <source>Logical volume</source>
        <comment>@title:column</comment>
        <translation>論理ボリューム</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <comment>@title:column</comment>
        <translation>サイズ (MB)</translation>
    </message>
    <message>
        <source>Shared filesystems</source>
        <comment>@label</comment>
        <translation>共用ファイルシステム</translation>
    </message>
    <message>
        <source>%1  PVID %2  (in no volume group)</source>
        <comment>@item</comment>
        <translation>%1  PVID %2  (ボリューム・グループなし)</translation>
    </message>
    <message>
        <source>%1  PVID %2  (in %3)</source>
        <comment>@item</comment>
        <translation>%1  PVID %2  (%3 内)</translation>
    </message>
    <message>
        <source>%1  PVID %2  (in the local volume group %3)</source>
        <comment>@item</comment>
        <translation>%1  PVID %2  (ローカル・ボリューム・グループ %3 内)</translation>
    </message>
    <message>
        <source>%1 exists on this node: %2 MB free of %3 MB. The filesystems ask for %4 MB.</source>
        <comment>@info</comment>
        <translation>%1 はこのノードに存在します: %3 MB 中 %2 MB が空いています。ファイルシステムには %4 MB が必要です。</translation>
    </message>
    <message>
        <source>The filesystems ask for %1 MB on the shared disks (%2 is made by the run).</source>
        <comment>@info</comment>
        <translation>ファイルシステムには共用ディスク上に %1 MB が必要です (%2 は実行時に作成されます)。</translation>
    </message>
    <message>
        <source>The run imports %1 from the shared disks once the owner node has released them; the names must be the owner&apos;s.</source>
        <comment>@info</comment>
        <translation>所有者ノードが共用ディスクを解放した後、実行によって %1 が共用ディスクからインポートされます。名前は所有者ノードと同じでなければなりません。</translation>
    </message>
    <message>
        <source>Volume group</source>
        <comment>@label</comment>
        <translation>ボリューム・グループ</translation>
    </message>
    <message>
        <source>Disks</source>
        <comment>@label</comment>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>PP size</source>
        <comment>@label</comment>
        <translation>PP サイズ</translation>
    </message>
    <message>
        <source>Major number</source>
        <comment>@label</comment>
        <translation>メジャー番号</translation>
    </message>
    <message>
        <source>&amp;PP size (MB):</source>
        <comment>@label</comment>
        <translation>PP サイズ (MB)(&amp;P):</translation>
    </message>
    <message>
        <source>PP size (MB)</source>
        <comment>@label</comment>
        <translation>PP サイズ (MB)</translation>
    </message>
    <message>
        <source>mkvg -s: the physical partition size; LVM tracks at most 1016 partitions a disk.</source>
        <comment>@info:tooltip</comment>
        <translation>mkvg -s: 物理パーティションのサイズ。LVM が管理できるのは 1 ディスクあたり最大 1016 パーティションです。</translation>
    </message>
    <message>
        <source>&amp;Major number:</source>
        <comment>@label</comment>
        <translation>メジャー番号(&amp;M):</translation>
    </message>
    <message>
        <source>0: the lowest free on this node</source>
        <comment>@item the major number&apos;s special value</comment>
        <translation>0: このノードで空いている最小の番号</translation>
    </message>
    <message>
        <source>mkvg -V: the same major number must be free on both nodes, so that importvg on the standby keeps it (lvlstmajor lists the free ones).</source>
        <comment>@info:tooltip</comment>
        <translation>mkvg -V: 待機ノードの importvg が同じ番号を保てるよう、両ノードで同じメジャー番号が空いている必要があります (空き番号は lvlstmajor で一覧できます)。</translation>
    </message>
</context>
<context>
    <name>dceha::SummaryPage</name>
    <message>
        <source>Export the record</source>
        <comment>@title:window</comment>
        <translation>記録のエクスポート</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <comment>@info</comment>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>@title</comment>
        <translation>要約</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <comment>@action:button</comment>
        <translation>HTML のエクスポート(&amp;H)…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <comment>@action:button</comment>
        <translation>Markdown のエクスポート(&amp;M)…</translation>
    </message>
    <message>
        <source>Export &amp;YAML…</source>
        <comment>@action:button</comment>
        <translation>YAML のエクスポート(&amp;Y)…</translation>
    </message>
    <message>
        <source>Export re&amp;play script…</source>
        <comment>@action:button</comment>
        <translation>再実行スクリプトのエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Open the HTML record</source>
        <comment>@action:button</comment>
        <translation>HTML の記録を開く(&amp;O)</translation>
    </message>
    <message>
        <source>The record is saved as %1 (.yaml and .html).</source>
        <comment>@info</comment>
        <translation>記録は %1 として保存されました (.yaml および .html)。</translation>
    </message>
    <message>
        <source>Every step of the owner node is done: the standby node is integrated, and this node&apos;s cluster manager runs DCE/DFS under HACMP&apos;s control.</source>
        <comment>@info</comment>
        <translation>所有者ノードのすべてのステップが完了しました。待機ノードは統合され、このノードのクラスター・マネージャーが HACMP の制御下で DCE/DFS を実行しています。</translation>
    </message>
    <message>
        <source>Every step of the standby node is done and its cluster manager runs: both nodes are integrated.</source>
        <comment>@info</comment>
        <translation>待機ノードのすべてのステップが完了し、このノードのクラスター・マネージャーが稼働しています。両方のノードの統合が完了しました。</translation>
    </message>
    <message>
        <source>The result of the run, its record, and what comes next.</source>
        <comment>@subtitle</comment>
        <translation>実行の結果、その記録、および次に行う作業です。</translation>
    </message>
    <message>
        <source>Next: on the standby node, verify and continue its waiting step: it starts its cluster manager once this node&apos;s is up. Then test the failover before production: Next leads to the failover test, run from this node.</source>
        <comment>@info</comment>
        <translation>次の作業: スタンバイ・ノードで待機中のステップを検証して続行してください。このノードのクラスター・マネージャーが稼働すると、スタンバイ・ノードのクラスター・マネージャーが開始されます。その後、本番運用の前にフェイルオーバーをテストしてください。「次へ」でこのノードから実行するフェイルオーバー・テストに進みます。</translation>
    </message>
    <message>
        <source>Next: test the failover before production, from the owner node&apos;s wizard (its Failover test page, or dce-ha-wizard --drill there). Keep both nodes&apos; records with the change ticket.</source>
        <comment>@info</comment>
        <translation>次の作業: 本番運用の前に、所有者ノードのウィザードからフェイルオーバーをテストしてください (その「フェイルオーバー・テスト」ページ、または所有者ノードでの dce-ha-wizard --drill)。両ノードの記録を変更チケットと一緒に保管してください。</translation>
    </message>
    <message>
        <source>What changed on the node (the record keeps every command and its output):</source>
        <comment>@label</comment>
        <translation>ノードで変更されたもの (記録にはすべてのコマンドとその出力が残っています):</translation>
    </message>
    <message>
        <source>What changed on the node</source>
        <comment>@label</comment>
        <translation>ノードで変更されたもの</translation>
    </message>
    <message>
        <source>Files edited (with their backups)</source>
        <comment>@item</comment>
        <translation>編集したファイル (バックアップ付き)</translation>
    </message>
    <message>
        <source>Scripts written</source>
        <comment>@item</comment>
        <translation>作成したスクリプト</translation>
    </message>
    <message>
        <source>Directories, links and modes</source>
        <comment>@item</comment>
        <translation>ディレクトリー、リンク、モード</translation>
    </message>
    <message>
        <source>Volume groups</source>
        <comment>@item</comment>
        <translation>ボリューム・グループ</translation>
    </message>
    <message>
        <source>Logical volumes and logs</source>
        <comment>@item</comment>
        <translation>論理ボリュームとログ</translation>
    </message>
    <message>
        <source>Filesystems</source>
        <comment>@item</comment>
        <translation>ファイルシステム</translation>
    </message>
    <message>
        <source>DCE and DFS</source>
        <comment>@item</comment>
        <translation>DCE と DFS</translation>
    </message>
    <message>
        <source>HACMP and the node</source>
        <comment>@item</comment>
        <translation>HACMP とノード</translation>
    </message>
    <message>
        <source>Nothing: every step found its work already there.</source>
        <comment>@item</comment>
        <translation>なし: どのステップも作業がすでに済んでいました。</translation>
    </message>
</context>
<context>
    <name>dceha::WelcomePage</name>
    <message>
        <source>Answers file</source>
        <comment>@title:window</comment>
        <translation>回答ファイル</translation>
    </message>
    <message>
        <source>Answers (*.yaml *.yml)</source>
        <comment>@item:inlistbox</comment>
        <translation>回答 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Owner node&apos;s record</source>
        <comment>@title:window</comment>
        <translation>所有者ノードの記録</translation>
    </message>
    <message>
        <source>Records (*.yaml *.yml)</source>
        <comment>@item:inlistbox</comment>
        <translation>記録 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Integrate DCE and DFS with HACMP</source>
        <comment>@title</comment>
        <translation>DCE および DFS の HACMP への統合</translation>
    </message>
    <message>
        <source>The steps of chapter 3 of the IBM guide, on this node, in order, each checked before and after.</source>
        <comment>@subtitle</comment>
        <translation>IBM ガイド第 3 章の手順を、このノードで順番に実行し、各ステップの実行前後に検査します。</translation>
    </message>
    <message>
        <source>The wizard walks the highest-priority (owner) node or the standby/takeover node through the integration: shared volume group and filesystems, RPC_UNSUPPORTED_NETADDRS, the DFS cache, DCE/DFS installation and configuration, the application server scripts, and the release of the shared DASD. You see the whole plan before anything runs; an interrupted run resumes where it stopped.</source>
        <comment>@info</comment>
        <translation>このウィザードは、最高優先順位 (所有者) ノードまたは待機/テークオーバー・ノードの統合作業 (共用ボリューム・グループとファイルシステム、RPC_UNSUPPORTED_NETADDRS、DFS キャッシュ、DCE/DFS のインストールと構成、アプリケーション・サーバー・スクリプト、共用 DASD の解放) を順に案内します。何かが実行される前に、計画全体を確認できます。中断された実行は、停止した箇所から再開されます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <comment>@label</comment>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Answers file (empty: choose on the next page):</source>
        <comment>@label</comment>
        <translation>回答ファイル (空の場合は次のページで選択)(&amp;A):</translation>
    </message>
    <message>
        <source>Answers file</source>
        <comment>@label</comment>
        <translation>回答ファイル</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <comment>@action:button</comment>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Browse for the answers file</source>
        <comment>@action:button</comment>
        <translation>回答ファイルを参照</translation>
    </message>
    <message>
        <source>&amp;Owner node&apos;s record (on the standby node, from the owner&apos;s run):</source>
        <comment>@label</comment>
        <translation>所有者ノードの記録 (待機ノードで指定。所有者ノードの実行で作成)(&amp;O):</translation>
    </message>
    <message>
        <source>Owner node&apos;s record</source>
        <comment>@label</comment>
        <translation>所有者ノードの記録</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <comment>@action:button</comment>
        <translation>参照(&amp;E)…</translation>
    </message>
    <message>
        <source>Browse for the owner node&apos;s record</source>
        <comment>@action:button</comment>
        <translation>所有者ノードの記録を参照</translation>
    </message>
    <message>
        <source>A run was started on this node</source>
        <comment>@title:group</comment>
        <translation>このノードでは実行が開始されています</translation>
    </message>
    <message>
        <source>&amp;Resume it with its answers, where it stopped</source>
        <comment>@option:radio</comment>
        <translation>同じ回答を使用し、停止した箇所から再開する(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;tart over (its checkpoint is kept aside; work already on the node is recognised)</source>
        <comment>@option:radio</comment>
        <translation>最初からやり直す (チェックポイントは別に保管され、ノード上で完了済みの作業は認識されます)(&amp;T)</translation>
    </message>
    <message>
        <source>The checkpoint cannot be read; choose Start over.</source>
        <comment>@info</comment>
        <translation>チェックポイントを読み取れません。「最初からやり直す」を選択してください。</translation>
    </message>
    <message>
        <source>The checkpoint cannot be set aside: another dce-ha-wizard holds this node&apos;s state directory.</source>
        <comment>@info</comment>
        <translation>チェックポイントを別に保管できません: 別の dce-ha-wizard がこのノードの状態ディレクトリーを使用中です。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <comment>@info</comment>
        <translation>%1 を読み取れません。</translation>
    </message>
    <message>
        <source>Simulated AIX node in %1: the commands run against the simulator, no real system is changed.</source>
        <comment>@info</comment>
        <translation>%1 のシミュレートされた AIX ノード: コマンドはシミュレーターに対して実行され、実際のシステムは変更されません。</translation>
    </message>
    <message>
        <source>The commands run on this AIX node (root %1) and change it.</source>
        <comment>@info</comment>
        <translation>コマンドはこの AIX ノード (ルート %1) で実行され、ノードを変更します。</translation>
    </message>
    <message>
        <source>The standby node&apos;s answers</source>
        <comment>@title:window</comment>
        <translation>待機ノードの回答</translation>
    </message>
    <message>
        <source>Both nodes in this window</source>
        <comment>@option:check</comment>
        <translation>このウィンドウで両方のノード</translation>
    </message>
    <message>
        <source>Standb&amp;y node&apos;s answers (empty: the demo&apos;s for its configuration):</source>
        <comment>@label</comment>
        <translation>待機ノードの回答 (空の場合はその構成のデモの回答)(&amp;Y):</translation>
    </message>
    <message>
        <source>Standb&amp;y node&apos;s answers:</source>
        <comment>@label</comment>
        <translation>待機ノードの回答(&amp;Y):</translation>
    </message>
    <message>
        <source>Standby node&apos;s answers file</source>
        <comment>@label</comment>
        <translation>待機ノードの回答ファイル</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <comment>@action:button standby answers</comment>
        <translation>参照(&amp;S)…</translation>
    </message>
    <message>
        <source>Browse for the standby node&apos;s answers file</source>
        <comment>@action:button</comment>
        <translation>待機ノードの回答ファイルを参照</translation>
    </message>
    <message>
        <source>Both nodes &amp;in this window: this node as the owner, then the standby at %1</source>
        <comment>@option:check</comment>
        <translation>このウィンドウで両方のノード: このノードを所有者として、次に %1 の待機ノード(&amp;I)</translation>
    </message>
    <message>
        <source>Remote node %1: the commands run there over SSH and change it%2; the checkpoint, the record and the log stay on this workstation.</source>
        <comment>@info</comment>
        <translation>リモート・ノード %1: コマンドは SSH 経由でそこで実行され、そのノードを変更します%2。チェックポイント、記録、ログはこのワークステーションに残ります。</translation>
    </message>
    <message>
        <source> (its simulated node)</source>
        <comment>@info</comment>
        <translation> (そのシミュレートされたノード)</translation>
    </message>
    <message>
        <source>No&amp;de to integrate, over SSH (empty: %1):</source>
        <comment>@label</comment>
        <translation>統合するノード、SSH 経由 (空の場合: %1)(&amp;D):</translation>
    </message>
    <message>
        <source>the simulated node</source>
        <comment>@label</comment>
        <translation>シミュレートされたノード</translation>
    </message>
    <message>
        <source>this machine</source>
        <comment>@label</comment>
        <translation>このマシン</translation>
    </message>
    <message>
        <source>Address of the node to integrate</source>
        <comment>@label</comment>
        <translation>統合するノードのアドレス</translation>
    </message>
    <message>
        <source>Address of the other node</source>
        <comment>@label</comment>
        <translation>もう一方のノードのアドレス</translation>
    </message>
    <message>
        <source>Standby node, o&amp;ver SSH:</source>
        <comment>@label</comment>
        <translation>待機ノード、SSH 経由(&amp;V):</translation>
    </message>
</context>
<context>
    <name>dceha::WizardModel</name>
    <message>
        <source>%1 is the record of a %2 node, not of the owner</source>
        <comment>@info</comment>
        <translation>%1 は %2 ノードの記録であり、所有者ノードの記録ではありません</translation>
    </message>
    <message>
        <source>must agree with the owner node: %1</source>
        <comment>@info</comment>
        <translation>所有者ノードと一致している必要があります: %1</translation>
    </message>
    <message>
        <source>The integration of this node is complete (%1, %2): all %3 steps done.</source>
        <comment>@info</comment>
        <translation>このノードの統合は完了しています (%1、%2): 全 %3 ステップが完了しました。</translation>
    </message>
    <message>
        <source>A run is in progress on this node (%1, %2): %3 of %4 steps done.</source>
        <comment>@info</comment>
        <translation>このノードで実行が進行中です (%1、%2): %4 ステップ中 %3 ステップが完了しています。</translation>
    </message>
    <message>
        <source>%1 is not a file (a directory, a FIFO or a dangling symbolic link)</source>
        <comment>@info</comment>
        <translation>%1 はファイルではありません (ディレクトリー、FIFO、またはリンク先のないシンボリックリンク)</translation>
    </message>
    <message>
        <source>A run&apos;s checkpoint cannot be used: %1. Move it away by hand, then open the wizard again.</source>
        <comment>@info</comment>
        <translation>実行のチェックポイントを使用できません: %1。手動で移動してから、ウィザードをもう一度開いてください。</translation>
    </message>
    <message>
        <source>A run&apos;s checkpoint cannot be used: %1. Starting over keeps it aside, beside itself; the work already on the node is recognised, not redone.</source>
        <comment>@info</comment>
        <translation>実行のチェックポイントを使用できません: %1。やり直すと、そのチェックポイントは同じ場所に別名で保管されます。ノード上で完了済みの作業は認識され、やり直されません。</translation>
    </message>
    <message>
        <source>cell_admin password</source>
        <comment>@title:window</comment>
        <translation>cell_admin パスワード</translation>
    </message>
    <message>
        <source>The DCE configuration needs the cell_admin password.
It goes to mkdce on its standard input and is never stored.</source>
        <comment>@label</comment>
        <translation>DCE の構成には cell_admin パスワードが必要です。
パスワードは標準入力から mkdce に渡され、保存されることはありません。</translation>
    </message>
    <message>
        <source>role: both nodes in this window start from the owner node&apos;s answers</source>
        <comment>@info</comment>
        <translation>role: このウィンドウの両方のノードは所有者ノードの回答から始めます</translation>
    </message>
    <message>
        <source>the standby&apos;s answers are needed: choose its answers file on the welcome page</source>
        <comment>@info</comment>
        <translation>待機ノードの回答が必要です: ようこそページで回答ファイルを選択してください</translation>
    </message>
    <message>
        <source>standby: must agree with the owner node: %1</source>
        <comment>@info</comment>
        <translation>待機: 所有者ノードと一致する必要があります: %1</translation>
    </message>
    <message>
        <source>standby: %1</source>
        <comment>@info the standby&apos;s answer problem</comment>
        <translation>待機: %1</translation>
    </message>
    <message>
        <source>the node to integrate</source>
        <comment>@info</comment>
        <translation>統合するノード</translation>
    </message>
    <message>
        <source>the standby node</source>
        <comment>@info</comment>
        <translation>待機ノード</translation>
    </message>
    <message>
        <source>The address of %1 is refused: %2</source>
        <comment>@info</comment>
        <translation>%1 のアドレスは拒否されました: %2</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be reached; nothing was changed: %3</source>
        <comment>@info</comment>
        <translation>%1 (%2) に到達できません。何も変更されていません: %3</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) has CHANGED; refused, nothing was changed. Known: %3; offered now: %4. If the node was reinstalled, remove its line from %5 and accept the new key.</source>
        <comment>@info</comment>
        <translation>%1 (%2) のホスト鍵が変更されました。拒否し、何も変更していません。既知: %3、現在提示: %4。ノードを再インストールした場合は、%5 からその行を削除して新しい鍵を受け入れてください。</translation>
    </message>
    <message>
        <source>First contact with %1</source>
        <comment>@title:window</comment>
        <translation>%1 への初回接続</translation>
    </message>
    <message>
        <source>This is the first connection to %1 (%2). Its host key is:

%3

Compare it with the key on the node itself (ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub) before you accept it: a different key means another machine answers in its place.</source>
        <comment>@info</comment>
        <translation>%1 (%2) への初回接続です。ホスト鍵は次のとおりです:

%3

受け入れる前に、ノード自身の鍵 (ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub) と比較してください。鍵が異なる場合は、別のマシンが代わりに応答しています。</translation>
    </message>
    <message>
        <source>&amp;Accept this key</source>
        <comment>@action:button</comment>
        <translation>この鍵を受け入れる(&amp;A)</translation>
    </message>
    <message>
        <source>The host key of %1 was not accepted; nothing was changed.</source>
        <comment>@info</comment>
        <translation>%1 のホスト鍵は受け入れられませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <source>remote node %1</source>
        <comment>@info what the banner&apos;s node is</comment>
        <translation>リモート・ノード %1</translation>
    </message>
    <message>
        <source>simulated node</source>
        <comment>@info what the banner&apos;s node is</comment>
        <translation>シミュレートされたノード</translation>
    </message>
    <message>
        <source>this AIX node</source>
        <comment>@info what the banner&apos;s node is</comment>
        <translation>この AIX ノード</translation>
    </message>
    <message>
        <source>The next step, &quot;%1&quot;, on %2 was not part of what you confirmed before the run (it runs again, or comes after it). It does this:</source>
        <comment>@info</comment>
        <translation>%2 での次のステップ「%1」は、実行前に確認された内容に含まれていません (再実行、またはその後のステップです)。このステップは次のことを行います:</translation>
    </message>
    <message>
        <source>&amp;Run this step</source>
        <comment>@action:button</comment>
        <translation>このステップを実行(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@info host name (what it is)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>dceha::WizardPage</name>
    <message>
        <source>%1: discovered (%2)</source>
        <comment>@item origin of a value</comment>
        <translation>%1: 検出 (%2)</translation>
    </message>
    <message>
        <source>%1: typed (the node said: %2)</source>
        <comment>@item origin of a value</comment>
        <translation>%1: 入力値 (ノードの応答: %2)</translation>
    </message>
    <message>
        <source>Where the values come from:</source>
        <comment>@info</comment>
        <translation>値の取得元:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info a table&apos;s name, a column&apos;s title</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <comment>@info field, row number from 1: refusal</comment>
        <translation>%1、%2 行目: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info field: refusal</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (in the answers file: %2)</source>
        <comment>@info:tooltip</comment>
        <translation>%1 (回答ファイルでは %2)</translation>
    </message>
</context>
<context>
    <name>dceha::WizardWindow</name>
    <message>
        <source>&lt; &amp;Back</source>
        <comment>@action:button</comment>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>@action:button</comment>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <comment>@action:button</comment>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>@action:button</comment>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>A step is running</source>
        <comment>@title:window</comment>
        <translation>ステップの実行中</translation>
    </message>
    <message>
        <source>The wizard is running a step on this node. Stop after this step and close? The checkpoint keeps everything done; opening the wizard again offers to resume.</source>
        <comment>@info</comment>
        <translation>ウィザードはこのノードでステップを実行中です。このステップの後で停止して閉じますか? 完了した作業はすべてチェックポイントに保持され、ウィザードを再度開くと再開を選択できます。</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <comment>@action:button</comment>
        <translation>停止して閉じる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <comment>@action:button</comment>
        <translation>実行を継続(&amp;K)</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <comment>@title:window</comment>
        <translation>ウィザードを閉じますか?</translation>
    </message>
    <message>
        <source>The answers on these pages are not kept when the wizard closes (the review page can save them to a file). The progress of a run is always kept in its checkpoint.</source>
        <comment>@info</comment>
        <translation>ウィザードを閉じると、これらのページの回答は保持されません (確認ページでファイルに保存できます)。実行の進行状況は常にチェックポイントに保持されます。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>@action:button</comment>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <comment>@action:button</comment>
        <translation>ウィザードに戻る(&amp;S)</translation>
    </message>
</context>
<context>
    <name>procedure</name>
    <message>
        <source>Install and configure HACMP</source>
        <extracomment>owner.yaml, step hacmp-installed, title
----------
standby.yaml, step hacmp-installed, title</extracomment>
        <translation>HACMP のインストールと構成</translation>
    </message>
    <message>
        <source>HACMP 4.2.1 must be installed and the cluster configured (nodes, adapters, resource groups with the service IP label, the shared volume group and the DCE filesystems) from the planning worksheets. The wizard checks the result: the cluster software is installed and this node&apos;s service address is an HACMP service label.</source>
        <extracomment>owner.yaml, step hacmp-installed, description</extracomment>
        <translation>HACMP 4.2.1 がインストールされ、計画ワークシートに従ってクラスター (ノード、アダプター、およびサービス IP ラベル、共用ボリューム・グループ、DCE ファイルシステムを含むリソース・グループ) が構成されている必要があります。ウィザードはその結果として、クラスター・ソフトウェアがインストールされていること、およびこのノードのサービス・アドレスが HACMP サービス・ラベルであることを検査します。</translation>
    </message>
    <message>
        <source>Install HACMP 4.2.1 (cluster.base.*) and configure the cluster as planned (HACMP for AIX Installation Guide, chapters 6 to 9). Then run the wizard again.</source>
        <extracomment>owner.yaml, step hacmp-installed, instructions
----------
standby.yaml, step hacmp-installed, instructions</extracomment>
        <translation>HACMP 4.2.1 (cluster.base.*) をインストールし、計画どおりにクラスターを構成してください (「HACMP for AIX インストール・ガイド」第 6 章から第 9 章)。その後、ウィザードを再度実行してください。</translation>
    </message>
    <message>
        <source>Create the shared volume group ${shared_vg.name}</source>
        <extracomment>owner.yaml, step shared-vg, title</extracomment>
        <translation>共用ボリューム・グループ ${shared_vg.name} の作成</translation>
    </message>
    <message>
        <source>The VG is created on the shared disks without automatic varyon at boot (-n: HACMP, not the boot, varies it on), with a major number that the standby&apos;s importvg -V reuses, so NFS and device numbers agree on both nodes.</source>
        <extracomment>owner.yaml, step shared-vg, description</extracomment>
        <translation>VG は共用ディスク上に、ブート時の自動活動化なしで作成します (-n: VG を活動化するのはブートではなく HACMP です)。また、待機ノードの importvg -V で再利用するメジャー番号を指定するので、NFS とデバイス番号が両方のノードで一致します。</translation>
    </message>
    <message>
        <source>Create the JFS log ${shared_vg.jfslog} with its final, non-default name</source>
        <extracomment>owner.yaml, step shared-jfslog, title</extracomment>
        <translation>JFS ログ ${shared_vg.jfslog} の作成 (デフォルト以外の最終的な名前で)</translation>
    </message>
    <message>
        <source>The guide creates the filesystems first and renames the JFS log afterwards (step 2d), but AIX refuses to rename an open log (0516-708) and crfs would name it loglv00, a default name that importvg renames on a node where it clashes (0516-530). The wizard creates the log with its final name before crfs and passes it with -a logname=. If a default-named loglvNN already serves the shared filesystems, it unmounts them, renames the log (chlv -n), points each filesystem at it (chfs -a log=) and mounts them again.</source>
        <extracomment>owner.yaml, step shared-jfslog, description</extracomment>
        <translation>ガイドではファイルシステムを先に作成し、JFS ログの名前を後で変更します (ステップ 2d)。しかし、AIX はオープン中のログの名前変更を拒否します (0516-708)。また crfs はログに loglv00 というデフォルト名を付けますが、この名前は、名前が衝突するノードでは importvg によって変更されます (0516-530)。そのためウィザードは、crfs の前に最終的な名前でログを作成し、その名前を -a logname= で crfs に渡します。デフォルト名の loglvNN が既に共用ファイルシステムのログとして使用されている場合は、それらのファイルシステムをアンマウントし、ログの名前を変更し (chlv -n)、各ファイルシステムのログをそれに変更し (chfs -a log=)、再度マウントします。</translation>
    </message>
    <message>
        <source>Create the logical volume ${item.lv} for ${item.mount}</source>
        <extracomment>owner.yaml, step shared-lv-${item.lv}, title</extracomment>
        <translation>${item.mount} 用の論理ボリューム ${item.lv} の作成</translation>
    </message>
    <message>
        <source>A non-default name, so the standby&apos;s importvg keeps it.</source>
        <extracomment>owner.yaml, step shared-lv-${item.lv}, description</extracomment>
        <translation>待機ノードの importvg で名前が保持されるよう、デフォルト以外の名前にします。</translation>
    </message>
    <message>
        <source>Create the filesystem ${item.mount} on ${item.lv}</source>
        <extracomment>owner.yaml, step shared-fs-${item.lv}, title</extracomment>
        <translation>${item.lv} 上のファイルシステム ${item.mount} の作成</translation>
    </message>
    <message>
        <source>Mounted by HACMP, never at boot (-A no); its log is ${shared_vg.jfslog}.</source>
        <extracomment>owner.yaml, step shared-fs-${item.lv}, description</extracomment>
        <translation>HACMP によってマウントされ、ブート時にはマウントされません (-A no)。ログは ${shared_vg.jfslog} です。</translation>
    </message>
    <message>
        <source>Mount ${item.mount}</source>
        <extracomment>owner.yaml, step shared-mount-${item.lv}, title</extracomment>
        <translation>${item.mount} のマウント</translation>
    </message>
    <message>
        <source>DCE&apos;s files must land on shared DASD, so the filesystems are mounted before DCE is installed.</source>
        <extracomment>owner.yaml, step shared-mount-${item.lv}, description</extracomment>
        <translation>DCE のファイルが確実に共用 DASD 上に置かれるよう、DCE をインストールする前にファイルシステムをマウントします。</translation>
    </message>
    <message>
        <source>Exclude every non-service address from DCE&apos;s RPC</source>
        <extracomment>owner.yaml, step rpc-unsupported-netaddrs, title
----------
standby.yaml, step rpc-unsupported-netaddrs, title</extracomment>
        <translation>サービス・アドレス以外のすべてのアドレスの DCE RPC からの除外</translation>
    </message>
    <message>
        <source>RPC_UNSUPPORTED_NETADDRS=${network.excluded} in /etc/environment, so DCE servers use only the HACMP service address; the wizard also passes it to the DCE configuration commands it runs.</source>
        <extracomment>owner.yaml, step rpc-unsupported-netaddrs, description</extracomment>
        <translation>/etc/environment に RPC_UNSUPPORTED_NETADDRS=${network.excluded} を設定し、DCE サーバーが HACMP サービス・アドレスのみを使用するようにします。ウィザードは、自身が実行する DCE 構成コマンドにもこの値を渡します。</translation>
    </message>
    <message>
        <source>Create the logical volume ${dfs_cache.lv} for the DFS client cache</source>
        <extracomment>owner.yaml, step dfs-cache-lv, title
----------
standby.yaml, step dfs-cache-lv, title</extracomment>
        <translation>DFS クライアント・キャッシュ用の論理ボリューム ${dfs_cache.lv} の作成</translation>
    </message>
    <message>
        <source>The DFS cache lives on local, non-shared DASD (${dfs_cache.vg}).</source>
        <extracomment>owner.yaml, step dfs-cache-lv, description</extracomment>
        <translation>DFS キャッシュは、非共用のローカル DASD (${dfs_cache.vg}) 上に置きます。</translation>
    </message>
    <message>
        <source>Create the DFS cache filesystem ${dfs_cache.mount}</source>
        <extracomment>owner.yaml, step dfs-cache-fs, title
----------
standby.yaml, step dfs-cache-fs, title</extracomment>
        <translation>DFS キャッシュ・ファイルシステム ${dfs_cache.mount} の作成</translation>
    </message>
    <message>
        <source>Mount the DFS cache ${dfs_cache.mount}</source>
        <extracomment>owner.yaml, step dfs-cache-mount, title
----------
standby.yaml, step dfs-cache-mount, title</extracomment>
        <translation>DFS キャッシュ ${dfs_cache.mount} のマウント</translation>
    </message>
    <message>
        <source>Start HACMP and check the service address swap</source>
        <extracomment>owner.yaml, step start-hacmp, title</extracomment>
        <translation>HACMP の開始とサービス・アドレスのスワップの検査</translation>
    </message>
    <message>
        <source>The initial service IP address swap must occur before DCE is configured; in configurations other than mutual takeover the shared filesystems must be mounted (shared DASD accessible before DCE is installed).</source>
        <extracomment>owner.yaml, step start-hacmp, description</extracomment>
        <translation>DCE を構成する前に、最初のサービス IP アドレスのスワップが行われている必要があります。相互テークオーバー以外の構成では、共用ファイルシステムがマウントされている必要があります (DCE をインストールする前に共用 DASD にアクセスできること)。</translation>
    </message>
    <message>
        <source>Install DCE${dfs.install_title}</source>
        <extracomment>owner.yaml, step install-dce, title
----------
standby.yaml, step install-dce, title</extracomment>
        <translation>DCE${dfs.install_title} のインストール</translation>
    </message>
    <message>
        <source>installp from ${dce.install_media}: @{dce.filesets_text}. Already installed filesets are left alone.</source>
        <extracomment>owner.yaml, step install-dce, description</extracomment>
        <translation>${dce.install_media} から installp でインストールします: @{dce.filesets_text}。インストール済みのファイルセットはそのままにします。</translation>
    </message>
    <message>
        <source>Configure DCE (${dce.components_text}) in cell ${cell_name}</source>
        <extracomment>owner.yaml, step configure-dce, title</extracomment>
        <translation>セル ${cell_name} での DCE (${dce.components_text}) の構成</translation>
    </message>
    <message>
        <source>The cell_admin password is asked for now (or read from DCE_CELL_ADMIN_PASSWORD) and handed to the configuration on its standard input; it is never written anywhere. RPC_UNSUPPORTED_NETADDRS is set in the command&apos;s environment.</source>
        <extracomment>owner.yaml, step configure-dce, description</extracomment>
        <translation>cell_admin パスワードはこの時点で要求され (または DCE_CELL_ADMIN_PASSWORD から読み取られ)、標準入力から構成コマンドに渡されます。パスワードがどこかに書き込まれることはありません。RPC_UNSUPPORTED_NETADDRS はコマンドの環境に設定されます。</translation>
    </message>
    <message>
        <source>Configure DFS (${dfs.components_text})</source>
        <extracomment>owner.yaml, step configure-dfs, title</extracomment>
        <translation>DFS (${dfs.components_text}) の構成</translation>
    </message>
    <message>
        <source>The DFS client cache is ${dfs_cache.mount}.</source>
        <extracomment>owner.yaml, step configure-dfs, description</extracomment>
        <translation>DFS クライアント・キャッシュは ${dfs_cache.mount} です。</translation>
    </message>
    <message>
        <source>Create the logical volume ${item.lv} for DFS aggregate ${item.name}</source>
        <extracomment>owner.yaml, step dfs-aggregate-lv-${item.lv}, title</extracomment>
        <translation>DFS アグリゲート ${item.name} 用の論理ボリューム ${item.lv} の作成</translation>
    </message>
    <message>
        <source>DFS aggregates live on shared DASD, in the resource group&apos;s volume group.</source>
        <extracomment>owner.yaml, step dfs-aggregate-lv-${item.lv}, description</extracomment>
        <translation>DFS アグリゲートは、共用 DASD 上のリソース・グループのボリューム・グループ内に置きます。</translation>
    </message>
    <message>
        <source>Initialise and export DFS aggregate ${item.name}</source>
        <extracomment>owner.yaml, step dfs-aggregate-${item.lv}, title</extracomment>
        <translation>DFS アグリゲート ${item.name} の初期化とエクスポート</translation>
    </message>
    <message>
        <source>Install the application server scripts in ${scripts_dir}</source>
        <extracomment>owner.yaml, step scripts, title
----------
standby.yaml, step scripts, title</extracomment>
        <translation>${scripts_dir} へのアプリケーション・サーバー・スクリプトのインストール</translation>
    </message>
    <message>
        <source>The start and stop scripts HACMP runs for the application server ${app_server}, generated from the guide&apos;s samples with their faults corrected, the same path on both nodes.</source>
        <extracomment>owner.yaml, step scripts, description</extracomment>
        <translation>HACMP がアプリケーション・サーバー ${app_server} に対して実行する開始スクリプトと停止スクリプトです。ガイドのサンプルを基に、その誤りを修正して生成され、両方のノードで同じパスに置かれます。</translation>
    </message>
    <message>
        <source>Stop DFS</source>
        <extracomment>owner.yaml, step stop-dfs, title</extracomment>
        <translation>DFS の停止</translation>
    </message>
    <message>
        <source>DFS stops before DCE.</source>
        <extracomment>owner.yaml, step stop-dfs, description</extracomment>
        <translation>DFS は DCE より先に停止します。</translation>
    </message>
    <message>
        <source>Stop DCE</source>
        <extracomment>owner.yaml, step stop-dce, title</extracomment>
        <translation>DCE の停止</translation>
    </message>
    <message>
        <source>Unmount /krb5, /var/dce, /etc/dce and vary off ${shared_vg.name}</source>
        <extracomment>owner.yaml, step release-shared-dasd, title</extracomment>
        <translation>/krb5、/var/dce、/etc/dce のアンマウントと ${shared_vg.name} の非活動化</translation>
    </message>
    <message>
        <source>HACMP, still running since step 5, holds the resource group: unmounting under it would fight the cluster manager. The wizard stops HACMP gracefully (clstop -g), which releases the group, then makes sure the filesystems are unmounted and the VG varied off, so the standby can have the shared DASD.</source>
        <extracomment>owner.yaml, step release-shared-dasd, description</extracomment>
        <translation>ステップ 5 から稼働し続けている HACMP がリソース・グループを保持しています。その状態でアンマウントすると、クラスター・マネージャーと競合します。そのためウィザードは HACMP を正常停止し (clstop -g)、これによってリソース・グループを解放します。その後、ファイルシステムがアンマウントされ、VG が非活動化されていることを確認し、待機ノードが共用 DASD を使用できるようにします。</translation>
    </message>
    <message>
        <source>Wait until the standby node&apos;s integration is complete</source>
        <extracomment>owner.yaml, step standby-integrated, title</extracomment>
        <translation>待機ノードの統合完了待ち</translation>
    </message>
    <message>
        <source>The cluster manager on this node must not start before the standby node has been integrated and has released the shared DASD again.</source>
        <extracomment>owner.yaml, step standby-integrated, description</extracomment>
        <translation>待機ノードの統合が完了し、待機ノードが共用 DASD を再び解放するまで、このノードのクラスター・マネージャーを開始してはなりません。</translation>
    </message>
    <message>
        <source>Register the application server ${app_server} with HACMP</source>
        <extracomment>owner.yaml, step register-app-server, title</extracomment>
        <translation>アプリケーション・サーバー ${app_server} の HACMP への登録</translation>
    </message>
    <message>
        <source>Start the cluster manager on this node</source>
        <extracomment>owner.yaml, step start-cluster, title
----------
standby.yaml, step start-cluster, title</extracomment>
        <translation>このノードでのクラスター・マネージャーの開始</translation>
    </message>
    <message>
        <source>HACMP acquires the resource group and runs the application server start script, which starts DCE (and DFS).</source>
        <extracomment>owner.yaml, step start-cluster, description</extracomment>
        <translation>HACMP がリソース・グループを獲得し、アプリケーション・サーバーの開始スクリプトを実行します。このスクリプトが DCE (および DFS) を開始します。</translation>
    </message>
    <message>
        <source>HACMP 4.2.1 installed and the cluster configured as on the owner node. The wizard checks the cluster software is installed and the service address is an HACMP service label.</source>
        <extracomment>standby.yaml, step hacmp-installed, description</extracomment>
        <translation>HACMP 4.2.1 がインストールされ、所有者ノードと同様にクラスターが構成されている必要があります。ウィザードは、クラスター・ソフトウェアがインストールされていること、およびサービス・アドレスが HACMP サービス・ラベルであることを検査します。</translation>
    </message>
    <message>
        <source>Check that the owner node released the shared DASD</source>
        <extracomment>standby.yaml, step owner-released, title</extracomment>
        <translation>所有者ノードによる共用 DASD の解放の確認</translation>
    </message>
    <message>
        <source>The owner&apos;s last integration step shuts it down (DFS) or unmounts the DCE filesystems and varies the volume group off. Until then the shared disks are reserved by the owner and importvg would fail.</source>
        <extracomment>standby.yaml, step owner-released, description</extracomment>
        <translation>所有者ノードの最後の統合ステップでは、所有者ノードをシャットダウンする (DFS の場合) か、DCE ファイルシステムをアンマウントしてボリューム・グループを非活動化します。それまでは共用ディスクは所有者ノードによって予約されているため、importvg は失敗します。</translation>
    </message>
    <message>
        <source>Import the shared volume group ${shared_vg.name}</source>
        <extracomment>standby.yaml, step import-shared-vg, title</extracomment>
        <translation>共用ボリューム・グループ ${shared_vg.name} のインポート</translation>
    </message>
    <message>
        <source>importvg with the owner&apos;s major number; the wizard then checks that AIX kept every logical volume&apos;s name (a name that clashes here is silently renamed, 0516-530, and HACMP would no longer find it) and fails clearly if not. Automatic varyon at boot is switched off (chvg -a n) and the VG varied off, for HACMP to manage.</source>
        <extracomment>standby.yaml, step import-shared-vg, description</extracomment>
        <translation>所有者ノードのメジャー番号を指定して importvg を実行します。その後ウィザードは、AIX がすべての論理ボリュームの名前を保持したことを検査し、保持されていなければ明確なエラーを出して失敗します。このノードの名前と衝突する名前は通知なしに変更され (0516-530)、HACMP がその論理ボリュームを見つけられなくなるためです。ブート時の自動活動化はオフにされ (chvg -a n)、HACMP が管理できるよう VG は非活動化されます。</translation>
    </message>
    <message>
        <source>RPC_UNSUPPORTED_NETADDRS=${network.excluded} in /etc/environment.</source>
        <extracomment>standby.yaml, step rpc-unsupported-netaddrs, description</extracomment>
        <translation>/etc/environment に RPC_UNSUPPORTED_NETADDRS=${network.excluded} を設定します。</translation>
    </message>
    <message>
        <source>Start HACMP and check it can take over the shared DASD</source>
        <extracomment>standby.yaml, step start-hacmp, title</extracomment>
        <translation>HACMP の開始と共用 DASD をテークオーバーできることの検査</translation>
    </message>
    <message>
        <source>With the owner node down or its cluster manager stopped, this node acquires the resource group: that verifies HACMP can vary on the volume group and mount /krb5, /var/dce and /etc/dce here.</source>
        <extracomment>standby.yaml, step start-hacmp, description</extracomment>
        <translation>所有者ノードが停止しているか、そのクラスター・マネージャーが停止している状態で、このノードがリソース・グループを獲得します。これにより、HACMP がこのノードでボリューム・グループを活動化し、/krb5、/var/dce、/etc/dce をマウントできることを検証します。</translation>
    </message>
    <message>
        <source>installp from ${dce.install_media}.</source>
        <extracomment>standby.yaml, step install-dce, description</extracomment>
        <translation>${dce.install_media} から installp でインストールします。</translation>
    </message>
    <message>
        <source>Configure the DCE clients (${dce.clients_text})</source>
        <extracomment>standby.yaml, step configure-dce-clients, title</extracomment>
        <translation>DCE クライアント (${dce.clients_text}) の構成</translation>
    </message>
    <message>
        <source>In mutual takeover DCE clients run on both nodes. In every other configuration DCE (and DFS) must not be configured on the standby node, and the wizard does not.</source>
        <extracomment>standby.yaml, step configure-dce-clients, description</extracomment>
        <translation>相互テークオーバーでは、DCE クライアントは両方のノードで実行されます。それ以外のすべての構成では、待機ノードで DCE (および DFS) を構成してはならず、ウィザードも構成しません。</translation>
    </message>
    <message>
        <source>Configure the DFS client</source>
        <extracomment>standby.yaml, step configure-dfs-client, title</extracomment>
        <translation>DFS クライアントの構成</translation>
    </message>
    <message>
        <source>Create the directory /...</source>
        <extracomment>standby.yaml, step dfs-global-root, title</extracomment>
        <translation>ディレクトリー /... の作成</translation>
    </message>
    <message>
        <source>The mount point DFS needs on this node in the event of failover.</source>
        <extracomment>standby.yaml, step dfs-global-root, description</extracomment>
        <translation>テークオーバー (フェイルオーバー) 時に DFS がこのノードで必要とするマウント・ポイントです。</translation>
    </message>
    <message>
        <source>Link /: to /.../${cell_name}/fs</source>
        <extracomment>standby.yaml, step dfs-link-fs, title</extracomment>
        <translation>/: から /.../${cell_name}/fs へのリンクの作成</translation>
    </message>
    <message>
        <source>Link /.: to /.../${cell_name}</source>
        <extracomment>standby.yaml, step dfs-link-cell, title</extracomment>
        <translation>/.: から /.../${cell_name} へのリンクの作成</translation>
    </message>
    <message>
        <source>Define the Kerberos KDC port (kerberos5 88/udp) in /etc/services</source>
        <extracomment>standby.yaml, step kerberos5-service, title</extracomment>
        <translation>/etc/services での Kerberos KDC ポート (kerberos5 88/udp) の定義</translation>
    </message>
    <message>
        <source>The guide&apos;s grep also matched commented-out lines; the wizard counts only real entries. An existing kerberos5 entry on another port, or port 88/udp under a name other than kerberos or kerberos5, stops the step with an explanation rather than an edit.</source>
        <extracomment>standby.yaml, step kerberos5-service, description</extracomment>
        <translation>ガイドの grep はコメント化された行にも一致していましたが、ウィザードは有効な項目のみを数えます。kerberos5 の既存の項目が別のポートを指定している場合、またはポート 88/udp が kerberos や kerberos5 以外の名前で定義されている場合は、ファイルを編集せずに、理由を説明してステップを停止します。</translation>
    </message>
    <message>
        <source>The same scripts, at the same path, as on the owner node.</source>
        <extracomment>standby.yaml, step scripts, description</extracomment>
        <translation>所有者ノードと同じスクリプトを、同じパスに置きます。</translation>
    </message>
    <message>
        <source>Stop HACMP and release the shared DASD</source>
        <extracomment>standby.yaml, step release-shared-dasd, title</extracomment>
        <translation>HACMP の停止と共用 DASD の解放</translation>
    </message>
    <message>
        <source>A graceful stop of HACMP unmounts /krb5, /var/dce and /etc/dce and varies the volume group off; the wizard then confirms both, so the owner node can start DCE.</source>
        <extracomment>standby.yaml, step release-shared-dasd, description</extracomment>
        <translation>HACMP を正常停止すると、/krb5、/var/dce、/etc/dce がアンマウントされ、ボリューム・グループが非活動化されます。ウィザードはその両方を確認し、所有者ノードが DCE を開始できるようにします。</translation>
    </message>
    <message>
        <source>Wait until the owner node&apos;s cluster manager is up</source>
        <extracomment>standby.yaml, step owner-cluster-started, title</extracomment>
        <translation>所有者ノードのクラスター・マネージャーの稼働待ち</translation>
    </message>
    <message>
        <source>HACMP starts on the highest-priority node first, then on the standby.</source>
        <extracomment>standby.yaml, step owner-cluster-started, description</extracomment>
        <translation>HACMP は最高優先順位ノードで最初に開始し、その後で待機ノードで開始します。</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 1</source>
        <extracomment>owner.yaml, step hacmp-installed, guide</extracomment>
        <translation>第 3 章、最高優先順位ノード、ステップ 1</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 2 (HACMP Installation Guide, ch. 6)</source>
        <extracomment>owner.yaml, step shared-vg, guide</extracomment>
        <translation>第 3 章、最高優先順位ノード、ステップ 2 (「HACMP for AIX インストール・ガイド」第 6 章)</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, steps 2a and 2d</source>
        <extracomment>owner.yaml, step shared-jfslog, guide</extracomment>
        <translation>第 3 章、最高優先順位ノード、ステップ 2a および 2d</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 2a</source>
        <extracomment>owner.yaml, step shared-lv-${item.lv}, guide</extracomment>
        <translation>第 3 章、最高優先順位ノード、ステップ 2a</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 2b</source>
        <extracomment>owner.yaml, step shared-fs-${item.lv}, guide</extracomment>
        <translation>第 3 章、最高優先順位ノード、ステップ 2b</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 2c</source>
        <extracomment>owner.yaml, step shared-mount-${item.lv}, guide</extracomment>
        <translation>第 3 章、最高優先順位ノード、ステップ 2c</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 3; ch. 2, Planning Considerations for DCE</source>
        <extracomment>owner.yaml, step rpc-unsupported-netaddrs, guide</extracomment>
        <translation>第 3 章、最高優先順位ノード、ステップ 3、および第 2 章「DCE の計画に関する考慮事項」</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 4</source>
        <extracomment>owner.yaml, step dfs-cache-lv, guide
----------
owner.yaml, step dfs-cache-fs, guide
----------
owner.yaml, step dfs-cache-mount, guide</extracomment>
        <translation>第 3 章、最高優先順位ノード、ステップ 4</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 5</source>
        <extracomment>owner.yaml, step start-hacmp, guide</extracomment>
        <translation>第 3 章、最高優先順位ノード、ステップ 5</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 6</source>
        <extracomment>owner.yaml, step install-dce, guide</extracomment>
        <translation>第 3 章、最高優先順位ノード、ステップ 6</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 7</source>
        <extracomment>owner.yaml, step configure-dce, guide
----------
owner.yaml, step configure-dfs, guide</extracomment>
        <translation>第 3 章、最高優先順位ノード、ステップ 7</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 8</source>
        <extracomment>owner.yaml, step dfs-aggregate-lv-${item.lv}, guide
----------
owner.yaml, step dfs-aggregate-${item.lv}, guide</extracomment>
        <translation>第 3 章、最高優先順位ノード、ステップ 8</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 9; figures 1-4</source>
        <extracomment>owner.yaml, step scripts, guide</extracomment>
        <translation>第 3 章、最高優先順位ノード、ステップ 9、図 1 から図 4</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 10</source>
        <extracomment>owner.yaml, step stop-dfs, guide
----------
owner.yaml, step stop-dce, guide</extracomment>
        <translation>第 3 章、最高優先順位ノード、ステップ 10</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 11</source>
        <extracomment>owner.yaml, step release-by-reboot, guide
----------
owner.yaml, step release-shared-dasd, guide
----------
standby.yaml, step owner-released, guide</extracomment>
        <translation>第 3 章、最高優先順位ノード、ステップ 11</translation>
    </message>
    <message>
        <source>Ch. 3, Starting DCE and DFS with HACMP</source>
        <extracomment>owner.yaml, step standby-integrated, guide
----------
owner.yaml, step start-cluster, guide
----------
standby.yaml, step owner-cluster-started, guide
----------
standby.yaml, step start-cluster, guide</extracomment>
        <translation>第 3 章「HACMP による DCE および DFS の開始」</translation>
    </message>
    <message>
        <source>Ch. 2, Application Server Scripts; ch. 3, Starting DCE and DFS with HACMP</source>
        <extracomment>owner.yaml, step register-app-server, guide</extracomment>
        <translation>第 2 章「アプリケーション・サーバー・スクリプト」、および第 3 章「HACMP による DCE および DFS の開始」</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 1</source>
        <extracomment>standby.yaml, step hacmp-installed, guide</extracomment>
        <translation>第 3 章、待機/テークオーバー・ノード、ステップ 1</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 2 (HACMP Installation Guide, ch. 6)</source>
        <extracomment>standby.yaml, step import-shared-vg, guide</extracomment>
        <translation>第 3 章、待機/テークオーバー・ノード、ステップ 2 (「HACMP for AIX インストール・ガイド」第 6 章)</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 3; ch. 2, Planning Considerations for DCE</source>
        <extracomment>standby.yaml, step rpc-unsupported-netaddrs, guide</extracomment>
        <translation>第 3 章、待機/テークオーバー・ノード、ステップ 3、および第 2 章「DCE の計画に関する考慮事項」</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 4</source>
        <extracomment>standby.yaml, step dfs-cache-lv, guide
----------
standby.yaml, step dfs-cache-fs, guide
----------
standby.yaml, step dfs-cache-mount, guide</extracomment>
        <translation>第 3 章、待機/テークオーバー・ノード、ステップ 4</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 5</source>
        <extracomment>standby.yaml, step start-hacmp, guide</extracomment>
        <translation>第 3 章、待機/テークオーバー・ノード、ステップ 5</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 6</source>
        <extracomment>standby.yaml, step install-dce, guide</extracomment>
        <translation>第 3 章、待機/テークオーバー・ノード、ステップ 6</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 7</source>
        <extracomment>standby.yaml, step configure-dce-clients, guide
----------
standby.yaml, step configure-dfs-client, guide</extracomment>
        <translation>第 3 章、待機/テークオーバー・ノード、ステップ 7</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 8a</source>
        <extracomment>standby.yaml, step dfs-global-root, guide</extracomment>
        <translation>第 3 章、待機/テークオーバー・ノード、ステップ 8a</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 8b</source>
        <extracomment>standby.yaml, step dfs-link-fs, guide
----------
standby.yaml, step dfs-link-cell, guide</extracomment>
        <translation>第 3 章、待機/テークオーバー・ノード、ステップ 8b</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 9</source>
        <extracomment>standby.yaml, step kerberos5-service, guide</extracomment>
        <translation>第 3 章、待機/テークオーバー・ノード、ステップ 9</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 10; figures 1-4</source>
        <extracomment>standby.yaml, step scripts, guide</extracomment>
        <translation>第 3 章、待機/テークオーバー・ノード、ステップ 10、図 1 から図 4</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 11</source>
        <extracomment>standby.yaml, step release-shared-dasd, guide</extracomment>
        <translation>第 3 章、待機/テークオーバー・ノード、ステップ 11</translation>
    </message>
    <message>
        <source>applies only to %1</source>
        <translation>%1 にのみ適用されます</translation>
    </message>
    <message>
        <source>DCE and DFS must not be configured on the standby node outside mutual takeover (guide, ch. 3 standby step 7)</source>
        <translation>相互テークオーバー以外では、待機ノードで DCE および DFS を構成してはなりません (ガイド第 3 章、待機ノードのステップ 7)</translation>
    </message>
    <message>
        <source>does not apply to the %1 configuration (guide)</source>
        <translation>%1 構成には適用されません (ガイド)</translation>
    </message>
    <message>
        <source>only without DFS</source>
        <translation>DFS を使用しない場合のみ実行されます</translation>
    </message>
    <message>
        <source>DFS is not being installed</source>
        <translation>DFS はインストールされません</translation>
    </message>
    <message>
        <source>not asked for (%1 is not set in the answers)</source>
        <translation>要求されていません (回答で %1 が設定されていません)</translation>
    </message>
    <message>
        <source>nothing to do: %1 is empty in the answers</source>
        <translation>実行する作業はありません: 回答の %1 が空です</translation>
    </message>
    <message>
        <source>Run the wizard on the standby node (role standby, with this node&apos;s record as the owner node&apos;s record). When it reports its integration complete, confirm here: Verify and continue in the GUI, --confirm standby-integrated headless.</source>
        <extracomment>owner.yaml, step standby-integrated, instructions</extracomment>
        <translation>待機ノードでウィザードを実行してください (役割は standby、このノードの記録を所有者ノードの記録として指定)。待機ノードのウィザードが統合の完了を報告したら、ここで確認してください: GUI では「検証して続行」、ヘッドレスでは --confirm standby-integrated。</translation>
    </message>
    <message>
        <source>Run the owner node&apos;s integration up to its release of the shared DASD first (its release-by-reboot or release-shared-dasd step done) and give its record to this wizard (welcome page, or --from-owner-record); or confirm the release yourself: Verify and continue in the GUI, --confirm owner-released headless.</source>
        <extracomment>standby.yaml, step owner-released, instructions</extracomment>
        <translation>先に所有者ノードの統合を共用 DASD の解放まで実行し (release-by-reboot または release-shared-dasd ステップが完了)、その記録をこのウィザードに指定してください (ようこそページ、または --from-owner-record)。あるいは、解放をご自身で確認してください: GUI では「検証して続行」、ヘッドレスでは --confirm owner-released。</translation>
    </message>
    <message>
        <source>Start the cluster manager on the owner node (its wizard&apos;s last step). When HACMP is up there, confirm here: Verify and continue in the GUI, --confirm owner-cluster-started headless.</source>
        <extracomment>standby.yaml, step owner-cluster-started, instructions</extracomment>
        <translation>所有者ノードでクラスター・マネージャーを開始してください (所有者ノードのウィザードの最後のステップ)。所有者ノードで HACMP が稼働したら、ここで確認してください: GUI では「検証して続行」、ヘッドレスでは --confirm owner-cluster-started。</translation>
    </message>
    <message>
        <source>Restart this node (shutdown -Fr) to stop the DFS daemons and release the shared DASD</source>
        <extracomment>owner.yaml, step release-by-reboot, title</extracomment>
        <translation>このノードの再始動 (shutdown -Fr) による DFS デーモンの停止と共用 DASD の解放</translation>
    </message>
    <message>
        <source>Only a shutdown or a reboot stops the DFS daemons and makes them let go of the shared DASD (guide, step 11 and ch. 2). The wizard reboots the node (shutdown -Fr); the run resumes after the reboot and this step completes when the node is seen to have restarted and the shared volume group is no longer varied on here.</source>
        <extracomment>owner.yaml, step release-by-reboot, description</extracomment>
        <translation>DFS デーモンを停止して共用 DASD を解放させるには、シャットダウンまたはリブートしかありません (ガイドのステップ 11 および第 2 章)。ウィザードはノードをリブートします (shutdown -Fr)。実行はリブート後に再開され、ノードの再始動が確認され、かつ共用ボリューム・グループがこのノードで活動化されていないことが確認された時点で、このステップは完了します。</translation>
    </message>
    <message>
        <source>only on the owner node</source>
        <translation>所有者ノードでのみ実行されます</translation>
    </message>
    <message>
        <source>only on the standby node</source>
        <translation>待機ノードでのみ実行されます</translation>
    </message>
    <message>
        <source>Registered only now, once both nodes have DCE installed and the scripts in place: registered earlier, the standby&apos;s cluster start (its step 5, before DCE is installed there) would run a start script that cannot work. The next step synchronises it to the standby.</source>
        <extracomment>owner.yaml, step register-app-server, description</extracomment>
        <translation>両ノードに DCE がインストールされ、スクリプトが配置された今になって登録します。早く登録すると、スタンバイ・ノードのクラスター開始(DCE のインストール前のステップ 5)が動作し得ない開始スクリプトを実行してしまいます。次のステップでスタンバイ・ノードへ同期します。</translation>
    </message>
    <message>
        <source>Synchronise the cluster resources to the other node</source>
        <extracomment>owner.yaml, step synchronise-resources, title</extracomment>
        <translation>クラスター・リソースを他方のノードへ同期する</translation>
    </message>
    <message>
        <source>Ch. 2, Application Server Scripts; HACMP 4.3 redbook SG24-5131, Synchronize Cluster Resources</source>
        <extracomment>owner.yaml, step synchronise-resources, guide</extracomment>
        <translation>第 2 章 Application Server Scripts、HACMP 4.3 レッドブック SG24-5131 Synchronize Cluster Resources</translation>
    </message>
    <message>
        <source>newaggr formats the logical volume as an aggregate (destroying what it holds, at most once), the aggregate is named in dfstab (/opt/dcelocal/var/dfs, on the shared /var/dce: the standby&apos;s DFS finds it after a takeover), then dfsexport exports it.</source>
        <extracomment>owner.yaml, step dfs-aggregate-${item.lv}, description</extracomment>
        <translation>newaggr が論理ボリュームをアグリゲートとしてフォーマットし(内容を破棄します。最大 1 回)、アグリゲートを dfstab(共有の /var/dce 上の /opt/dcelocal/var/dfs。テイクオーバー後にスタンバイ・ノードの DFS が見つけます)に登録してから、dfsexport がエクスポートします。</translation>
    </message>
    <message>
        <source>the DFS cache&apos;s mount point is not under a shared filesystem</source>
        <translation>DFS キャッシュのマウント・ポイントは共有ファイルシステムの下にありません</translation>
    </message>
    <message>
        <source>the DFS cache&apos;s mount point lies under a shared filesystem: the start script mounts it once HACMP has mounted that filesystem</source>
        <translation>DFS キャッシュのマウント・ポイントは共有ファイルシステムの下にあります。HACMP がそのファイルシステムをマウントした後に開始スクリプトがマウントします</translation>
    </message>
    <message>
        <source>A local JFS on this node&apos;s own disks, using ${dfs_cache.vg}&apos;s own JFS log. Under a shared filesystem (the guide&apos;s default is inside /var/dce) it is not mounted at boot (-A no): mounted at boot, before HACMP mounts /var/dce, it would be covered and DFS would cache on shared disk; the start script mounts it after HACMP has, the stop script unmounts it before HACMP releases /var/dce. Elsewhere it is mounted at boot (-A yes). A mount point other than /var/dce/adm/dfs/cache is passed on to the DFS client configuration.</source>
        <extracomment>owner.yaml, step dfs-cache-fs, description</extracomment>
        <translation>このノード自身のディスク上のローカル JFS で、${dfs_cache.vg} 自身の JFS ログを使います。共有ファイルシステムの下(ガイドの既定値は /var/dce の中)にある場合はブート時にマウントしません(-A no)。ブート時、HACMP が /var/dce をマウントする前にマウントすると隠れてしまい、DFS は共有ディスクにキャッシュします。HACMP のマウント後に開始スクリプトがマウントし、HACMP が /var/dce を解放する前に停止スクリプトがアンマウントします。それ以外の場所ではブート時にマウントします(-A yes)。/var/dce/adm/dfs/cache 以外のマウント・ポイントは DFS クライアント構成に渡されます。</translation>
    </message>
    <message>
        <source>A local JFS on this node&apos;s own disks. Under a shared filesystem (the guide&apos;s default is inside /var/dce) it is not mounted at boot (-A no): mounted before HACMP mounts /var/dce it would be covered, and DFS would cache on shared disk; the start script mounts it after HACMP has, the stop script unmounts it before HACMP releases /var/dce.</source>
        <extracomment>standby.yaml, step dfs-cache-fs, description</extracomment>
        <translation>このノード自身のディスク上のローカル JFS です。共有ファイルシステムの下(ガイドの既定値は /var/dce の中)にある場合はブート時にマウントしません(-A no)。HACMP が /var/dce をマウントする前にマウントすると隠れてしまい、DFS は共有ディスクにキャッシュします。HACMP のマウント後に開始スクリプトがマウントし、HACMP が /var/dce を解放する前に停止スクリプトがアンマウントします。</translation>
    </message>
    <message>
        <source>Start the DCE clients (${dce.components_text}) again</source>
        <extracomment>owner.yaml, step start-dce-clients, title</extracomment>
        <translation>DCE クライアント (${dce.components_text}) の再始動</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DCE (mutual takeover); ch. 3, Starting DCE and DFS with HACMP</source>
        <extracomment>owner.yaml, step start-dce-clients, guide</extracomment>
        <translation>第 2 章、Planning Considerations for DCE (相互テークオーバー)、第 3 章、Starting DCE and DFS with HACMP</translation>
    </message>
    <message>
        <source>In mutual takeover DCE clients must be operating on both nodes, and HACMP&apos;s application servers move only the applications, so nothing else starts DCE again after step 10 stopped it: the guide&apos;s &quot;otherwise, start DCE by running /usr/bin/start.dce&quot;. Before the application servers are registered, so that they find DCE.</source>
        <extracomment>owner.yaml, step start-dce-clients, description</extracomment>
        <translation>相互テークオーバーでは DCE クライアントが両方のノードで稼働している必要があり、HACMP のアプリケーション・サーバーはアプリケーションだけを移動するため、ステップ 10 で停止した DCE を再び始動するものは他にありません。ガイドの「otherwise, start DCE by running /usr/bin/start.dce」です。アプリケーション・サーバーが DCE を見つけられるよう、登録の前に行います。</translation>
    </message>
    <message>
        <source>Start the DFS client again</source>
        <extracomment>owner.yaml, step start-dfs-client, title</extracomment>
        <translation>DFS クライアントの再始動</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DFS (mutual takeover); ch. 3, Starting DCE and DFS with HACMP</source>
        <extracomment>owner.yaml, step start-dfs-client, guide</extracomment>
        <translation>第 2 章、Planning Considerations for DFS (相互テークオーバー)、第 3 章、Starting DCE and DFS with HACMP</translation>
    </message>
    <message>
        <source>The guide&apos;s &quot;and then start DFS ... by running /usr/bin/start.dfs&quot;, after DCE.</source>
        <extracomment>owner.yaml, step start-dfs-client, description</extracomment>
        <translation>ガイドの「and then start DFS ... by running /usr/bin/start.dfs」です。DCE の後に行います。</translation>
    </message>
    <message>
        <source>Register the other node&apos;s application server ${peer_app_server} with HACMP</source>
        <extracomment>owner.yaml, step register-peer-app-server, title</extracomment>
        <translation>他方のノードのアプリケーション・サーバー ${peer_app_server} の HACMP への登録</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DCE (mutual takeover); Application Server Scripts</source>
        <extracomment>owner.yaml, step register-peer-app-server, guide</extracomment>
        <translation>第 2 章、Planning Considerations for DCE (相互テークオーバー)、Application Server Scripts</translation>
    </message>
    <message>
        <source>In mutual takeover each node&apos;s resource group has its own application server. Both are registered from here, in one configuration, before it is synchronised: synchronising from each node in turn would give the other node&apos;s server set to both. Its scripts are on both nodes (each installed them).</source>
        <extracomment>owner.yaml, step register-peer-app-server, description</extracomment>
        <translation>相互テークオーバーでは各ノードのリソース・グループが独自のアプリケーション・サーバーを持ちます。両方をここから 1 つの構成に登録してから同期します。各ノードから順に同期すると、両方のノードが他方のサーバー・セットを受け取ってしまいます。そのスクリプトは両方のノードにあります (各ノードがインストール済み)。</translation>
    </message>
    <message>
        <source>HACMP keeps the application server in this node&apos;s configuration only until the cluster resources are synchronised (SMIT&apos;s Synchronize Cluster Resources); a node whose configuration differs is refused when it joins, so the standby&apos;s cluster start would fail. Synchronising again changes nothing. Where the cluster manager runs (mutual takeover), the synchronisation is a dynamic reconfiguration: HACMP starts the newly registered application servers on the nodes that hold their resource groups, and the wizard waits for it to complete.</source>
        <extracomment>owner.yaml, step synchronise-resources, description</extracomment>
        <translation>クラスター・リソースが同期されるまで (SMIT の Synchronize Cluster Resources)、HACMP はアプリケーション・サーバーをこのノードの構成にのみ保持します。構成が異なるノードは参加時に拒否されるため、スタンバイのクラスター始動は失敗します。再度同期しても何も変わりません。クラスター・マネージャーが稼働している場合 (相互テークオーバー)、同期は動的再構成となり、HACMP は新たに登録されたアプリケーション・サーバーをそのリソース・グループを保持するノードで始動します。ウィザードはその完了を待機します。</translation>
    </message>
    <message>
        <source>Check that this node holds the resource group before the drill</source>
        <extracomment>drill.yaml, step before, title</extracomment>
        <translation>訓練前にこのノードがリソース・グループを保持していることの確認</translation>
    </message>
    <message>
        <source>Ch. 2, Supported HACMP Configurations</source>
        <extracomment>drill.yaml, step before, guide
----------
drill.yaml, step before-peer, guide
----------
drill.yaml, step timeline-before, guide
----------
drill.yaml, step timeline-takeover, guide
----------
drill.yaml, step timeline-returned, guide
----------
drill.yaml, step timeline-moved-back, guide
----------
drill.yaml, step rejoin-standby, guide
----------
drill.yaml, step timeline-rejoined, guide
----------
drill.yaml, step timeline-failure, guide
----------
drill.yaml, step timeline-failed-rejoined, guide
----------
drill.yaml, step after, guide</extracomment>
        <translation>第 2 章、Supported HACMP Configurations</translation>
    </message>
    <message>
        <source>Check the shared DASD is here before the drill</source>
        <extracomment>drill.yaml, step before-shared, title</extracomment>
        <translation>訓練前に共用 DASD がここにあることの確認</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DCE</source>
        <extracomment>drill.yaml, step before-shared, guide</extracomment>
        <translation>第 2 章、Planning Considerations for DCE</translation>
    </message>
    <message>
        <source>Check DFS and its local cache before the drill</source>
        <extracomment>drill.yaml, step before-dfs, title</extracomment>
        <translation>訓練前の DFS とそのローカル・キャッシュの確認</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DFS</source>
        <extracomment>drill.yaml, step before-dfs, guide</extracomment>
        <translation>第 2 章、Planning Considerations for DFS</translation>
    </message>
    <message>
        <source>Stop HACMP on this node gracefully with takeover (clstop -gr)</source>
        <extracomment>drill.yaml, step takeover, title</extracomment>
        <translation>このノードの HACMP をテークオーバー付きで正常停止 (clstop -gr)</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Failover Actions: You can stop the owner node with a shutdown mode of graceful with takeover to force a failover of services</source>
        <extracomment>drill.yaml, step takeover, guide</extracomment>
        <translation>第 2 章、DCE Failover Actions: You can stop the owner node with a shutdown mode of graceful with takeover to force a failover of services</translation>
    </message>
    <message>
        <source>Check that this node&apos;s stop script ran and the resources left</source>
        <extracomment>drill.yaml, step takeover-owner-released, title</extracomment>
        <translation>このノードの停止スクリプトが実行され、リソースが離れたことの確認</translation>
    </message>
    <message>
        <source>Ch. 2: these stop scripts will be run on the owner node before actions on the standby/takeover node begin</source>
        <extracomment>drill.yaml, step takeover-owner-released, guide</extracomment>
        <translation>第 2 章: these stop scripts will be run on the owner node before actions on the standby/takeover node begin</translation>
    </message>
    <message>
        <source>Check that DCE and the shared DASD left this node</source>
        <extracomment>drill.yaml, step takeover-owner-released-shared, title</extracomment>
        <translation>DCE と共用 DASD がこのノードを離れたことの確認</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Failover Actions</source>
        <extracomment>drill.yaml, step takeover-owner-released-shared, guide
----------
drill.yaml, step reintegrate-rotating-back, guide
----------
drill.yaml, step reintegrate-rotating-owner, guide</extracomment>
        <translation>第 2 章、DCE Failover Actions</translation>
    </message>
    <message>
        <source>Check that the standby node took over IP address, shared DASD and DCE</source>
        <extracomment>drill.yaml, step takeover-standby, title</extracomment>
        <translation>スタンバイ・ノードが IP アドレス、共用 DASD、DCE を引き継いだことの確認</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Failover Actions: HACMP on the standby/takeover node must take over IP address and shared DASD</source>
        <extracomment>drill.yaml, step takeover-standby, guide</extracomment>
        <translation>第 2 章、DCE Failover Actions: HACMP on the standby/takeover node must take over IP address and shared DASD</translation>
    </message>
    <message>
        <source>Check that DCE started under the rotating resource&apos;s host name, and the host name was restored</source>
        <extracomment>drill.yaml, step takeover-standby-rotating, title</extracomment>
        <translation>DCE がローテート・リソースのホスト名で始動し、ホスト名が復元されたことの確認</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Failover Actions: save the hostname ... set hostname to the name associated with the IP address of the rotating resource ... reset the hostname</source>
        <extracomment>drill.yaml, step takeover-standby-rotating, guide</extracomment>
        <translation>第 2 章、DCE Failover Actions: save the hostname ... set hostname to the name associated with the IP address of the rotating resource ... reset the hostname</translation>
    </message>
    <message>
        <source>Check that DFS started on the standby with its own local cache</source>
        <extracomment>drill.yaml, step takeover-standby-dfs, title</extracomment>
        <translation>スタンバイで DFS が自身のローカル・キャッシュで始動したことの確認</translation>
    </message>
    <message>
        <source>Ch. 2, DFS Failover Actions</source>
        <extracomment>drill.yaml, step takeover-standby-dfs, guide</extracomment>
        <translation>第 2 章、DFS Failover Actions</translation>
    </message>
    <message>
        <source>Check that the DCE clients still run on this node</source>
        <extracomment>drill.yaml, step takeover-mutual-clients, title</extracomment>
        <translation>このノードで DCE クライアントが稼働し続けていることの確認</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DCE (mutual takeover): DCE clients must be operating on both of the mutual takeover peer nodes</source>
        <extracomment>drill.yaml, step takeover-mutual-clients, guide</extracomment>
        <translation>第 2 章、Planning Considerations for DCE (相互テークオーバー): DCE clients must be operating on both of the mutual takeover peer nodes</translation>
    </message>
    <message>
        <source>Check that the DFS client still runs on this node</source>
        <extracomment>drill.yaml, step takeover-mutual-dfs-client, title</extracomment>
        <translation>このノードで DFS クライアントが稼働し続けていることの確認</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DFS (mutual takeover): DFS clients must be operating on both of the mutual takeover peer nodes</source>
        <extracomment>drill.yaml, step takeover-mutual-dfs-client, guide</extracomment>
        <translation>第 2 章、Planning Considerations for DFS (相互テークオーバー): DFS clients must be operating on both of the mutual takeover peer nodes</translation>
    </message>
    <message>
        <source>Check that the other node took over this node&apos;s service address and applications</source>
        <extracomment>drill.yaml, step takeover-mutual, title</extracomment>
        <translation>他方のノードがこのノードのサービス・アドレスとアプリケーションを引き継いだことの確認</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DCE (mutual takeover): the DCE applications which are being taken over continue running on the service address for the node which failed</source>
        <extracomment>drill.yaml, step takeover-mutual, guide
----------
drill.yaml, step failure-survivor-mutual, guide</extracomment>
        <translation>第 2 章、Planning Considerations for DCE (相互テークオーバー): the DCE applications which are being taken over continue running on the service address for the node which failed</translation>
    </message>
    <message>
        <source>Stop HACMP on the standby node gracefully</source>
        <extracomment>drill.yaml, step reintegrate-dfs-stop-standby, title</extracomment>
        <translation>スタンバイ・ノードの HACMP を正常停止</translation>
    </message>
    <message>
        <source>Ch. 2, DFS Reintegration Actions: the standby node must be shut down or rebooted before HACMP is started on the owner node</source>
        <extracomment>drill.yaml, step reintegrate-dfs-stop-standby, guide</extracomment>
        <translation>第 2 章、DFS Reintegration Actions: the standby node must be shut down or rebooted before HACMP is started on the owner node</translation>
    </message>
    <message>
        <source>Reboot the standby node (the DFS kernel extensions stay loaded until a restart)</source>
        <extracomment>drill.yaml, step reintegrate-dfs-reboot-standby, title</extracomment>
        <translation>スタンバイ・ノードの再始動 (DFS カーネル拡張は再始動までロードされたまま)</translation>
    </message>
    <message>
        <source>Ch. 2, DFS Reintegration Actions</source>
        <extracomment>drill.yaml, step reintegrate-dfs-reboot-standby, guide
----------
drill.yaml, step reintegrate-owner-dfs, guide</extracomment>
        <translation>第 2 章、DFS Reintegration Actions</translation>
    </message>
    <message>
        <source>Start HACMP on this node again (reintegration)</source>
        <extracomment>drill.yaml, step reintegrate-start-owner, title</extracomment>
        <translation>このノードの HACMP の再始動 (再統合)</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Reintegration Actions: start HACMP on the owner node; the owner node reacquires its resources</source>
        <extracomment>drill.yaml, step reintegrate-start-owner, guide</extracomment>
        <translation>第 2 章、DCE Reintegration Actions: start HACMP on the owner node; the owner node reacquires its resources</translation>
    </message>
    <message>
        <source>Check that this node reacquired its resources and DCE</source>
        <extracomment>drill.yaml, step reintegrate-owner, title</extracomment>
        <translation>このノードがリソースと DCE を再取得したことの確認</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Reintegration Actions</source>
        <extracomment>drill.yaml, step reintegrate-owner, guide
----------
drill.yaml, step reintegrate-owner-shared, guide</extracomment>
        <translation>第 2 章、DCE Reintegration Actions</translation>
    </message>
    <message>
        <source>Check that this node took its service address and applications back</source>
        <extracomment>drill.yaml, step reintegrate-mutual, title</extracomment>
        <translation>このノードがサービス・アドレスとアプリケーションを取り戻したことの確認</translation>
    </message>
    <message>
        <source>Ch. 2, Supported HACMP Configurations (mutual takeover: two cascading resource groups)</source>
        <extracomment>drill.yaml, step reintegrate-mutual, guide
----------
drill.yaml, step reintegrate-mutual-peer, guide
----------
drill.yaml, step failure-returned-mutual, guide</extracomment>
        <translation>第 2 章、Supported HACMP Configurations (相互テークオーバー: 2 つのカスケード・リソース・グループ)</translation>
    </message>
    <message>
        <source>Check that the other node gave this node&apos;s applications back</source>
        <extracomment>drill.yaml, step reintegrate-mutual-peer, title</extracomment>
        <translation>他方のノードがこのノードのアプリケーションを返したことの確認</translation>
    </message>
    <message>
        <source>Check that the shared DASD is back on this node</source>
        <extracomment>drill.yaml, step reintegrate-owner-shared, title</extracomment>
        <translation>共用 DASD がこのノードに戻ったことの確認</translation>
    </message>
    <message>
        <source>Check that DFS runs here again with this node&apos;s local cache</source>
        <extracomment>drill.yaml, step reintegrate-owner-dfs, title</extracomment>
        <translation>このノードのローカル・キャッシュで DFS が再び稼働していることの確認</translation>
    </message>
    <message>
        <source>Check that the standby node released the resources (its stop script stopped DCE)</source>
        <extracomment>drill.yaml, step reintegrate-dce-standby-released, title</extracomment>
        <translation>スタンバイ・ノードがリソースを解放したことの確認 (停止スクリプトが DCE を停止)</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Reintegration Actions: stop DCE on the standby/takeover node</source>
        <extracomment>drill.yaml, step reintegrate-dce-standby-released, guide</extracomment>
        <translation>第 2 章、DCE Reintegration Actions: stop DCE on the standby/takeover node</translation>
    </message>
    <message>
        <source>Check that the returning node became the standby (no reintegration with rotating resources)</source>
        <extracomment>drill.yaml, step reintegrate-rotating, title</extracomment>
        <translation>戻ったノードがスタンバイになったことの確認 (ローテート・リソースでは再統合なし)</translation>
    </message>
    <message>
        <source>Ch. 2: Reintegration does not occur in the HACMP one-for-one (hot) standby configuration with rotating resources</source>
        <extracomment>drill.yaml, step reintegrate-rotating, guide</extracomment>
        <translation>第 2 章: Reintegration does not occur in the HACMP one-for-one (hot) standby configuration with rotating resources</translation>
    </message>
    <message>
        <source>Move the resources back to this node (graceful stop with takeover of the other node)</source>
        <extracomment>drill.yaml, step reintegrate-rotating-back, title</extracomment>
        <translation>リソースをこのノードへ戻す (他方のノードをテークオーバー付きで正常停止)</translation>
    </message>
    <message>
        <source>Check that this node serves again</source>
        <extracomment>drill.yaml, step reintegrate-rotating-owner, title</extracomment>
        <translation>このノードが再びサービスしていることの確認</translation>
    </message>
    <message>
        <source>Start HACMP on the other node again</source>
        <extracomment>drill.yaml, step rejoin-standby, title</extracomment>
        <translation>他方のノードの HACMP の再始動</translation>
    </message>
    <message>
        <source>Restart the other node without stopping HACMP (a node failure)</source>
        <extracomment>drill.yaml, step failure-peer, title</extracomment>
        <translation>HACMP を停止せずに他方のノードを再始動 (ノード障害)</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Failover Actions: In the case of a nongraceful takeover, this stop script would not be started</source>
        <extracomment>drill.yaml, step failure-peer, guide
----------
drill.yaml, step failure-survivor, guide</extracomment>
        <translation>第 2 章、DCE Failover Actions: In the case of a nongraceful takeover, this stop script would not be started</translation>
    </message>
    <message>
        <source>shutdown -Fr without clstop: for HACMP the node is lost, not stopped. The wait reads this node&apos;s hacmp.out, where the survivor logs the takeover.</source>
        <extracomment>drill.yaml, step failure-peer, description</extracomment>
        <translation>clstop なしの shutdown -Fr: HACMP にとってノードは停止ではなく喪失です。待機はこのノードの hacmp.out を読みます。生き残ったノードがそこにテークオーバーを記録します。</translation>
    </message>
    <message>
        <source>Check that this node processed the other node&apos;s failure without a stop script</source>
        <extracomment>drill.yaml, step failure-survivor, title</extracomment>
        <translation>このノードが他方のノードの障害を停止スクリプトなしで処理したことの確認</translation>
    </message>
    <message>
        <source>Check that this node took over the failed node&apos;s service address and applications</source>
        <extracomment>drill.yaml, step failure-survivor-mutual, title</extracomment>
        <translation>このノードが障害ノードのサービス・アドレスとアプリケーションを引き継いだことの確認</translation>
    </message>
    <message>
        <source>Start the DCE clients on the other node again (after its restart)</source>
        <extracomment>drill.yaml, step failure-peer-dce, title</extracomment>
        <translation>他方のノードの DCE クライアントの再始動 (その再始動後)</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DCE (mutual takeover); ch. 3, Starting DCE and DFS with HACMP: start DCE by running /usr/bin/start.dce</source>
        <extracomment>drill.yaml, step failure-peer-dce, guide</extracomment>
        <translation>第 2 章、Planning Considerations for DCE (相互テークオーバー)、第 3 章、Starting DCE and DFS with HACMP: start DCE by running /usr/bin/start.dce</translation>
    </message>
    <message>
        <source>Start the DFS client on the other node again</source>
        <extracomment>drill.yaml, step failure-peer-dfs, title</extracomment>
        <translation>他方のノードの DFS クライアントの再始動</translation>
    </message>
    <message>
        <source>Ch. 3, Starting DCE and DFS with HACMP: then start DFS by running /usr/bin/start.dfs</source>
        <extracomment>drill.yaml, step failure-peer-dfs, guide</extracomment>
        <translation>第 3 章、Starting DCE and DFS with HACMP: then start DFS by running /usr/bin/start.dfs</translation>
    </message>
    <message>
        <source>Start HACMP on the restarted node (it reintegrates)</source>
        <extracomment>drill.yaml, step failure-rejoin-peer, title</extracomment>
        <translation>再始動したノードの HACMP の始動 (再統合されます)</translation>
    </message>
    <message>
        <source>Ch. 2, Supported HACMP Configurations (cascading: the node takes its resources back)</source>
        <extracomment>drill.yaml, step failure-rejoin-peer, guide</extracomment>
        <translation>第 2 章、Supported HACMP Configurations (カスケード: ノードは自分のリソースを取り戻します)</translation>
    </message>
    <message>
        <source>Check that this node gave the returning node&apos;s applications back</source>
        <extracomment>drill.yaml, step failure-returned-mutual, title</extracomment>
        <translation>このノードが戻ったノードのアプリケーションを返したことの確認</translation>
    </message>
    <message>
        <source>Check that the cluster is back as it was before the drill</source>
        <extracomment>drill.yaml, step after, title</extracomment>
        <translation>クラスターが訓練前の状態に戻ったことの確認</translation>
    </message>
    <message>
        <source>Record where the resources are before the drill</source>
        <extracomment>drill.yaml, step timeline-before, title</extracomment>
        <translation>訓練前のリソースの所在を記録</translation>
    </message>
    <message>
        <source>before the drill</source>
        <extracomment>drill.yaml, step timeline-before, stage (a column of the drill&apos;s timeline)</extracomment>
        <translation>訓練前</translation>
    </message>
    <message>
        <source>Record where the resources are after the takeover</source>
        <extracomment>drill.yaml, step timeline-takeover, title</extracomment>
        <translation>テークオーバー後のリソースの所在を記録</translation>
    </message>
    <message>
        <source>after the takeover</source>
        <extracomment>drill.yaml, step timeline-takeover, stage (a column of the drill&apos;s timeline)</extracomment>
        <translation>テークオーバー後</translation>
    </message>
    <message>
        <source>Record where the resources are after this node&apos;s return</source>
        <extracomment>drill.yaml, step timeline-returned, title</extracomment>
        <translation>このノードの復帰後のリソースの所在を記録</translation>
    </message>
    <message>
        <source>after this node&apos;s return</source>
        <extracomment>drill.yaml, step timeline-returned, stage (a column of the drill&apos;s timeline)</extracomment>
        <translation>このノードの復帰後</translation>
    </message>
    <message>
        <source>Record where the resources are after moving them back</source>
        <extracomment>drill.yaml, step timeline-moved-back, title</extracomment>
        <translation>リソースを戻した後の所在を記録</translation>
    </message>
    <message>
        <source>after moving them back</source>
        <extracomment>drill.yaml, step timeline-moved-back, stage (a column of the drill&apos;s timeline)</extracomment>
        <translation>リソースを戻した後</translation>
    </message>
    <message>
        <source>Record where the resources are after the other node rejoined</source>
        <extracomment>drill.yaml, step timeline-rejoined, title</extracomment>
        <translation>相手ノードの再参加後のリソースの所在を記録</translation>
    </message>
    <message>
        <source>after the other node rejoined</source>
        <extracomment>drill.yaml, step timeline-rejoined, stage (a column of the drill&apos;s timeline)</extracomment>
        <translation>相手ノードの再参加後</translation>
    </message>
    <message>
        <source>Record where the resources are after the other node&apos;s failure</source>
        <extracomment>drill.yaml, step timeline-failure, title</extracomment>
        <translation>相手ノードの障害後のリソースの所在を記録</translation>
    </message>
    <message>
        <source>after the other node&apos;s failure</source>
        <extracomment>drill.yaml, step timeline-failure, stage (a column of the drill&apos;s timeline)</extracomment>
        <translation>相手ノードの障害後</translation>
    </message>
    <message>
        <source>Record where the resources are after the failed node rejoined</source>
        <extracomment>drill.yaml, step timeline-failed-rejoined, title</extracomment>
        <translation>障害ノードの再参加後のリソースの所在を記録</translation>
    </message>
    <message>
        <source>after the failed node rejoined</source>
        <extracomment>drill.yaml, step timeline-failed-rejoined, stage (a column of the drill&apos;s timeline)</extracomment>
        <translation>障害ノードの再参加後</translation>
    </message>
    <message>
        <source>Check that the other node&apos;s cluster manager runs before the drill</source>
        <extracomment>drill.yaml, step before-peer, title</extracomment>
        <translation>訓練前に相手ノードのクラスター・マネージャーが稼働していることの確認</translation>
    </message>
    <message>
        <source>Both nodes must be up in the cluster: a takeover needs a node to take over. On the simulated cluster this also tells a mistyped --peer-root (a fresh node) from the other node.</source>
        <extracomment>drill.yaml, step before-peer, description</extracomment>
        <translation>両ノードがクラスター内で稼働している必要があります。テークオーバーには引き継ぐノードが必要です。シミュレートされたクラスターでは、これにより誤入力された --peer-root (新しいノード) と相手ノードを区別することもできます。</translation>
    </message>
</context>
</TS>
