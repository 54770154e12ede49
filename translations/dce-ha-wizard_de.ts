<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnswersFile</name>
    <message>
        <source>secrets are not accepted in an answers file; the cell_admin password comes from DCE_CELL_ADMIN_PASSWORD or a prompt</source>
        <translation>Geheimnisse sind in einer Antwortdatei nicht zulässig; das Kennwort von cell_admin kommt aus DCE_CELL_ADMIN_PASSWORD oder wird abgefragt</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>unknown key (did you mean &apos;%1&apos;?)</source>
        <translation>unbekannter Schlüssel (meinten Sie „%1“?)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than 15 characters (AIX would silently truncate it)</source>
        <translation>„%1“ ist länger als 15 Zeichen (AIX würde den Namen stillschweigend kürzen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an AIX default name; shared DASD needs non-default names (importvg would rename a clashing one)</source>
        <translation>„%1“ ist ein AIX-Standardname; auf Shared DASD sind Namen nötig, die keine Standardnamen sind (importvg würde einen kollidierenden Namen ändern)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an absolute path</source>
        <translation>„%1“ muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not contain &apos;.&apos; or &apos;..&apos;</source>
        <translation>„%1“ darf weder „.“ noch „..“ enthalten</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer der Werte %1 sein</translation>
    </message>
    <message>
        <source>must be owner or standby</source>
        <translation>muss owner oder standby sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a DNS-style name (letters, digits, &apos;-&apos;, &apos;.&apos;)</source>
        <translation>„%1“ muss ein Name im DNS-Stil sein (Buchstaben, Ziffern, „-“, „.“)</translation>
    </message>
    <message>
        <source>is required for hot-standby-rotating (the start script sets the host name to it)</source>
        <translation>ist für hot-standby-rotating erforderlich (das Start-Script setzt den Hostnamen auf diesen Wert)</translation>
    </message>
    <message>
        <source>is only used with hot-standby-rotating; remove it</source>
        <translation>wird nur bei hot-standby-rotating verwendet; entfernen Sie den Eintrag</translation>
    </message>
    <message>
        <source>at least one HACMP service address is required</source>
        <translation>mindestens eine HACMP-Serviceadresse ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>„%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>%1 appears twice: an address is either kept (service) or excluded (boot, standby), not both</source>
        <translation>%1 kommt zweimal vor: Eine Adresse wird entweder beibehalten (service) oder ausgeschlossen (boot, standby), nicht beides</translation>
    </message>
    <message>
        <source>RPC_UNSUPPORTED_NETADDRS holds at most 10 addresses; %1 boot and standby addresses given</source>
        <translation>RPC_UNSUPPORTED_NETADDRS fasst höchstens 10 Adressen; unter boot und standby sind %1 Adressen angegeben</translation>
    </message>
    <message>
        <source>at least one boot address is required (it is excluded from DCE&apos;s RPC)</source>
        <translation>mindestens eine Bootadresse ist erforderlich (sie wird vom DCE-RPC ausgeschlossen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already used by %2</source>
        <translation>„%1“ wird bereits von %2 verwendet</translation>
    </message>
    <message>
        <source>is not used in mutual takeover (DCE/DFS servers cannot run there; no DCE filesystems on shared DASD): remove it</source>
        <translation>wird bei gegenseitiger Übernahme nicht verwendet (dort können keine DCE/DFS-Server laufen; keine DCE-Dateisysteme auf Shared DASD): Entfernen Sie den Eintrag</translation>
    </message>
    <message>
        <source>DCE and DFS servers cannot be configured on a mutual-takeover node (guide, ch. 1 notes)</source>
        <translation>DCE- und DFS-Server können auf einem Knoten mit gegenseitiger Übernahme nicht konfiguriert werden (Handbuch, Kap. 1, Hinweise)</translation>
    </message>
    <message>
        <source>DFS aggregates on shared DASD do not apply to mutual takeover</source>
        <translation>DFS-Aggregate auf Shared DASD sind bei gegenseitiger Übernahme nicht vorgesehen</translation>
    </message>
    <message>
        <source>is required: /var/dce, /etc/dce and /krb5 must be on shared DASD in this configuration</source>
        <translation>ist erforderlich: /var/dce, /etc/dce und /krb5 müssen in dieser Konfiguration auf Shared DASD liegen</translation>
    </message>
    <message>
        <source>at least one shared disk (hdiskN) is required</source>
        <translation>mindestens eine gemeinsam genutzte Platte (hdiskN) ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a disk name (hdiskN)</source>
        <translation>„%1“ ist kein Plattenname (hdiskN)</translation>
    </message>
    <message>
        <source>is required (a non-default name for the JFS log)</source>
        <translation>ist erforderlich (ein Name für das JFS-Log, der kein Standardname ist)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be a positive number of megabytes</source>
        <translation>muss eine positive Anzahl Megabyte sein</translation>
    </message>
    <message>
        <source>%1 is missing: /var/dce, /etc/dce and /krb5 must all be on shared DASD</source>
        <translation>%1 fehlt: /var/dce, /etc/dce und /krb5 müssen alle auf Shared DASD liegen</translation>
    </message>
    <message>
        <source>is required with dfs: true (a local JFS for the DFS client cache)</source>
        <translation>ist bei dfs: true erforderlich (ein lokales JFS für den DFS-Client-Cache)</translation>
    </message>
    <message>
        <source>is required (a local volume group, e.g. rootvg)</source>
        <translation>ist erforderlich (eine lokale Datenträgergruppe, z. B. rootvg)</translation>
    </message>
    <message>
        <source>the DFS cache must be on non-shared DASD, not on the shared VG %1</source>
        <translation>der DFS-Cache muss auf nicht gemeinsam genutzten DASD liegen, nicht in der gemeinsam genutzten Datenträgergruppe %1</translation>
    </message>
    <message>
        <source>need dfs: true</source>
        <translation>erfordern dfs: true</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>the owner node of this configuration hosts the cell&apos;s servers: name at least one (sec_srv, cds_srv)</source>
        <translation>in dieser Konfiguration laufen die Server der Zelle auf dem Eignerknoten: Geben Sie mindestens einen an (sec_srv, cds_srv)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fileset name</source>
        <translation>„%1“ ist kein Dateigruppenname</translation>
    </message>
    <message>
        <source>is only used in mutual takeover; remove it</source>
        <translation>wird nur bei gegenseitiger Übernahme verwendet; entfernen Sie den Eintrag</translation>
    </message>
    <message>
        <source>is required: the program and its arguments, as a list</source>
        <translation>ist erforderlich: das Programm und seine Argumente als Liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is under the shared mount point %2: HACMP needs the scripts on each node&apos;s local disk</source>
        <translation>„%1“ liegt unter dem gemeinsam genutzten Mountpunkt %2: HACMP benötigt die Scripts auf der lokalen Platte jedes Knotens</translation>
    </message>
    <message>
        <source>must be a mapping of answers</source>
        <translation>muss eine Zuordnung (Mapping) von Antworten sein</translation>
    </message>
    <message>
        <source>is required (service, boot and standby addresses)</source>
        <translation>ist erforderlich (Adressen unter service, boot und standby)</translation>
    </message>
    <message>
        <source>%1: the owner has %2, these answers have %3</source>
        <translation>%1: beim Eigner %2, in diesen Antworten %3</translation>
    </message>
    <message>
        <source>%1 is under the shared mount point %2: the checkpoint must stay on this node&apos;s local disk</source>
        <translation>%1 liegt unter dem gemeinsam genutzten Mountpunkt %2: Der Prüfpunkt muss auf der lokalen Platte dieses Knotens bleiben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a device type AIX reserves, with or without a number (mklv refuses it: 0516-358)</source>
        <translation>„%1“ ist ein von AIX reservierter Gerätetyp, mit oder ohne Nummer (mklv lehnt ihn ab: 0516-358)</translation>
    </message>
    <message>
        <source>the program &apos;%1&apos; must be given by its absolute path</source>
        <translation>das Programm „%1“ muss mit seinem absoluten Pfad angegeben werden</translation>
    </message>
    <message>
        <source>the program &apos;%1&apos; must not contain &apos;.&apos; or &apos;..&apos;</source>
        <translation>das Programm „%1“ darf weder „.“ noch „..“ enthalten</translation>
    </message>
    <message>
        <source>a newline</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, which a name cannot: only letters, digits and _ are allowed</source>
        <translation>„%1“ enthält %2, was in einem Namen nicht zulässig ist: Erlaubt sind nur Buchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must start with a letter</source>
        <translation>„%1“ muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, which a short name cannot hold: only letters, digits and %3 are allowed</source>
        <translation>„%1“ enthält %2, was in einem Kurznamen nicht zulässig ist: Erlaubt sind nur Buchstaben, Ziffern und %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation>„%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, which is not allowed in a path (allowed: letters, digits and / . _ - + , @ %)</source>
        <translation>„%1“ enthält %2, was in einem Pfad nicht zulässig ist (erlaubt: Buchstaben, Ziffern und / . _ - + , @ %)</translation>
    </message>
    <message>
        <source>is longer than 1023 characters (AIX&apos;s PATH_MAX)</source>
        <translation>ist länger als 1023 Zeichen (PATH_MAX von AIX)</translation>
    </message>
    <message>
        <source>the program &apos;%1&apos; holds %2, which is not allowed in a path (allowed: letters, digits and / . _ - + , @ %)</source>
        <translation>das Programm „%1“ enthält %2, was in einem Pfad nicht zulässig ist (erlaubt: Buchstaben, Ziffern und / . _ - + , @ %)</translation>
    </message>
    <message>
        <source>%1 MB is too large: a logical volume holds at most %2 partitions of %3 MB on AIX 4.x (at most %4 MB)</source>
        <translation>%1 MB ist zu groß: Ein logischer Datenträger umfasst unter AIX 4.x höchstens %2 logische Partitionen zu %3 MB (höchstens %4 MB)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name (letters, digits and -, at most 63 characters)</source>
        <translation>„%1“ ist kein gültiger Hostname (Buchstaben, Ziffern und -, höchstens 63 Zeichen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, which a host name cannot: only letters, digits and - are allowed</source>
        <translation>„%1“ enthält %2, was in einem Hostnamen nicht zulässig ist: Erlaubt sind nur Buchstaben, Ziffern und -</translation>
    </message>
    <message>
        <source>%1 disks given; a volume group holds at most %2 on AIX 4.x (mkvg)</source>
        <translation>%1 Platten angegeben; eine Datenträgergruppe umfasst unter AIX 4.x höchstens %2 Platten (mkvg)</translation>
    </message>
    <message>
        <source>must be between 10 and 511 (a major number free on both nodes: lvlstmajor)</source>
        <translation>muss zwischen 10 und 511 liegen (eine Hauptnummer, die auf beiden Knoten frei ist: lvlstmajor)</translation>
    </message>
    <message>
        <source>must be a power of 2 from 1 to %1 (mkvg -s on AIX 4.x)</source>
        <translation>muss eine Zweierpotenz von 1 bis %1 sein (mkvg -s unter AIX 4.x)</translation>
    </message>
    <message>
        <source>its logical volumes need %1 partitions of %2 MB, more than the %3 that AIX 4.x tracks on %4 disk(s) (1016 per disk): give a larger pp_size_mb or more disks</source>
        <translation>die logischen Datenträger dieser Datenträgergruppe benötigen %1 Partitionen zu %2 MB, mehr als die %3, die AIX 4.x auf %4 Platte(n) verwalten kann (1016 pro Platte): Geben Sie eine größere pp_size_mb oder mehr Platten an</translation>
    </message>
    <message>
        <source>%1 logical volumes; a volume group holds at most %2 on AIX 4.x (mkvg)</source>
        <translation>%1 logische Datenträger; eine Datenträgergruppe umfasst unter AIX 4.x höchstens %2 logische Datenträger (mkvg)</translation>
    </message>
    <message>
        <source>%1 MB is too large: mkdfs -s takes the cache (90 % of it) in KB as a 32-bit number, so at most %2 MB</source>
        <translation>%1 MB ist zu groß: mkdfs -s erwartet den Cache (90 % davon) in KB als 32-Bit-Zahl, also höchstens %2 MB</translation>
    </message>
    <message>
        <source>the argument &apos;%1&apos; holds %2: arguments must not hold control characters</source>
        <translation>das Argument „%1“ enthält %2: Argumente dürfen keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>is empty: give mount, lv and size_mb</source>
        <translation>ist leer: Geben Sie mount, lv und size_mb an</translation>
    </message>
    <message>
        <source>is empty: give lv, size_mb and name</source>
        <translation>ist leer: Geben Sie lv, size_mb und name an</translation>
    </message>
    <message>
        <source>is empty: give name, start and stop</source>
        <translation>ist leer: Geben Sie name, start und stop an</translation>
    </message>
    <message>
        <source>the owner&apos;s record: answers: %1</source>
        <translation>das Protokoll des Eigners: answers: %1</translation>
    </message>
    <message>
        <source>the owner&apos;s record holds no answers: the standby&apos;s agreement with the owner cannot be checked</source>
        <translation>das Protokoll des Eigners enthält keine Antworten: Die Übereinstimmung des Standby-Knotens mit dem Eigner kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>the owner&apos;s record: answers.%1</source>
        <translation>das Protokoll des Eigners: answers.%1</translation>
    </message>
    <message>
        <source>the owner&apos;s record: answers.role: is &apos;%1&apos;, not owner</source>
        <translation>das Protokoll des Eigners: answers.role: ist „%1“, nicht owner</translation>
    </message>
    <message>
        <source>the node&apos;s volume groups could not be read (lsvg: %1)</source>
        <translation>die Datenträgergruppen des Knotens konnten nicht gelesen werden (lsvg: %1)</translation>
    </message>
    <message>
        <source>%1 is not a volume group of this node (lsvg lists %2): the DFS cache needs a local volume group that exists, e.g. rootvg</source>
        <translation>%1 ist keine Datenträgergruppe dieses Knotens (lsvg listet %2 auf): Der DFS-Cache benötigt eine vorhandene lokale Datenträgergruppe, z. B. rootvg</translation>
    </message>
    <message>
        <source>%1 is the shared volume group: the DFS cache must be on this node&apos;s own disks</source>
        <translation>%1 ist die gemeinsam genutzte Datenträgergruppe: Der DFS-Cache muss auf den eigenen Platten dieses Knotens liegen</translation>
    </message>
    <message>
        <source>%1 MB is too large for %2: a logical volume holds at most %3 partitions of %4 MB on AIX 4.x (at most %5 MB)</source>
        <translation>%1 MB ist zu groß für %2: Ein logischer Datenträger umfasst unter AIX 4.x höchstens %3 logische Partitionen zu %4 MB (höchstens %5 MB)</translation>
    </message>
    <message>
        <source>RPC_UNSUPPORTED_NETADDRS holds at most 10 addresses; after a mutual takeover this node also excludes its service addresses: %1 in all</source>
        <translation>RPC_UNSUPPORTED_NETADDRS fasst höchstens 10 Adressen; nach einer gegenseitigen Übernahme schließt dieser Knoten auch seine Serviceadressen aus: insgesamt %1</translation>
    </message>
    <message>
        <source>is required in mutual takeover: the other node&apos;s service address, which this node takes over when the other node fails (guide, ch. 2)</source>
        <translation>ist bei gegenseitiger Übernahme erforderlich: die Serviceadresse des anderen Knotens, die dieser Knoten übernimmt, wenn der andere ausfällt (Handbuch, Kap. 2)</translation>
    </message>
    <message>
        <source>is required in mutual takeover: the other node&apos;s application server, whose scripts this node runs when it takes the other node&apos;s resource group over</source>
        <translation>ist bei gegenseitiger Übernahme erforderlich: der Anwendungsserver des anderen Knotens, dessen Scripts dieser Knoten ausführt, wenn er die Ressourcengruppe des anderen übernimmt</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, this node&apos;s own application server: in mutual takeover each node&apos;s resource group has its own</source>
        <translation>ist „%1“, der eigene Anwendungsserver dieses Knotens: Bei gegenseitiger Übernahme hat die Ressourcengruppe jedes Knotens ihren eigenen</translation>
    </message>
    <message>
        <source>is not used in mutual takeover: the guide&apos;s failover and reintegration actions do not apply there (ch. 2), HACMP&apos;s application servers move the applications</source>
        <translation>wird bei gegenseitiger Übernahme nicht verwendet: Die Failover- und Reintegrationsaktionen des Handbuchs gelten dort nicht (Kap. 2), die Anwendungsserver von HACMP verlagern die Anwendungen</translation>
    </message>
    <message>
        <source>%1: the owner&apos;s %2 is %3, these answers have %4</source>
        <translation>%1: beim Eigner ist %2 %3, in diesen Antworten %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no HACMP resource group holds the service label %1 (cllsres; groups: %2): HACMP would never move it; add it to the resource group first</source>
        <translation>keine Ressourcengruppe von HACMP enthält die Service-IP-Bezeichnung %1 (cllsres; Gruppen: %2): HACMP würde sie nie verlagern; fügen Sie sie zuerst der Ressourcengruppe hinzu</translation>
    </message>
    <message>
        <source>%1 needs a %2 resource group; HACMP&apos;s group %3, which holds %4, is %5 (odmget HACMPgroup)</source>
        <translation>%1 braucht eine Ressourcengruppe vom Typ %2; die Gruppe %3 von HACMP, die %4 enthält, ist %5 (odmget HACMPgroup)</translation>
    </message>
    <message>
        <source>of no known policy</source>
        <translation>von unbekanntem Typ</translation>
    </message>
    <message>
        <source>this node (%1) is not a node of resource group %2, which holds %3 (its nodes: %4)</source>
        <translation>dieser Knoten (%1) gehört nicht zur Ressourcengruppe %2, die %3 enthält (ihre Knoten: %4)</translation>
    </message>
    <message>
        <source>in mutual takeover each node&apos;s service label is its own group&apos;s: %1&apos;s home node is %2 in HACMP (nodes in priority order: %3), not this node (%4)</source>
        <translation>bei gegenseitiger Übernahme gehört die Service-IP-Bezeichnung jedes Knotens zu seiner eigenen Gruppe: Der Heimatknoten von %1 ist in HACMP %2 (Knoten nach Priorität: %3), nicht dieser Knoten (%4)</translation>
    </message>
    <message>
        <source>the owner must be the home (highest-priority) node of %1; HACMP lists %2 first (nodes in priority order: %3): this node (%4) is its standby</source>
        <translation>der Eigentümer muss der Heimatknoten (höchste Priorität) von %1 sein; HACMP nennt %2 zuerst (Knoten nach Priorität: %3): Dieser Knoten (%4) ist ihr Bereitschaftsknoten</translation>
    </message>
    <message>
        <source>this node (%1) is the home (highest-priority) node of %2 in HACMP (nodes in priority order: %3): it is the owner, not the standby</source>
        <translation>dieser Knoten (%1) ist in HACMP der Heimatknoten (höchste Priorität) von %2 (Knoten nach Priorität: %3): Er ist der Eigentümer, nicht der Bereitschaftsknoten</translation>
    </message>
    <message>
        <source>in hot standby the standby node runs no resource group of its own; HACMP makes %1 the home of %2: that is one-sided (or mutual) takeover</source>
        <translation>bei Hot Standby betreibt der Bereitschaftsknoten keine eigene Ressourcengruppe; HACMP macht %1 zum Heimatknoten von %2: Das ist einseitige (oder gegenseitige) Übernahme</translation>
    </message>
    <message>
        <source>in one-sided takeover the standby node runs a resource group of its own; HACMP makes %1 the home of none: that is hot standby</source>
        <translation>bei einseitiger Übernahme betreibt der Bereitschaftsknoten eine eigene Ressourcengruppe; HACMP macht %1 zum Heimatknoten keiner Gruppe: Das ist Hot Standby</translation>
    </message>
    <message>
        <source>the standby</source>
        <translation>den Bereitschaftsknoten</translation>
    </message>
    <message>
        <source>in one-sided takeover the owner never takes the standby&apos;s group; HACMP&apos;s group %1 (home %2) lists %3 as a takeover node: that is mutual takeover</source>
        <translation>bei einseitiger Übernahme übernimmt der Eigentümer nie die Gruppe des Bereitschaftsknotens; die Gruppe %1 von HACMP (Heimatknoten %2) nennt %3 als Übernahmeknoten: Das ist gegenseitige Übernahme</translation>
    </message>
    <message>
        <source>mutual takeover: no HACMP resource group whose home is the other node holds %1 with this node (%2) as its takeover node (cllsres, odmget HACMPgroup)</source>
        <translation>gegenseitige Übernahme: keine Ressourcengruppe von HACMP mit dem anderen Knoten als Heimatknoten enthält %1 mit diesem Knoten (%2) als Übernahmeknoten (cllsres, odmget HACMPgroup)</translation>
    </message>
    <message>
        <source>HACMP&apos;s resource group %1 runs the application server(s) %2, not %3 (cllsres -g %1)</source>
        <translation>die Ressourcengruppe %1 von HACMP betreibt den/die Anwendungsserver %2, nicht %3 (cllsres -g %1)</translation>
    </message>
    <message>
        <source>HACMP&apos;s resource group %1 holds the volume group(s) %2, not %3 (cllsres -g %1): HACMP would not vary it on at a takeover</source>
        <translation>die Ressourcengruppe %1 von HACMP enthält die Datenträgergruppe(n) %2, nicht %3 (cllsres -g %1): HACMP würde sie bei einer Übernahme nicht aktivieren</translation>
    </message>
    <message>
        <source>HACMP&apos;s resource group %1 mounts %2, not %3 (cllsres -g %1)</source>
        <translation>die Ressourcengruppe %1 von HACMP hängt %2 an, nicht %3 (cllsres -g %1)</translation>
    </message>
    <message>
        <source>%1 MB does not fit in %2: it has %3 free partitions of %4 MB (%5 MB, lsvg %2); the cache needs %6</source>
        <translation>%1 MB passen nicht in %2: Sie hat %3 freie Partitionen zu %4 MB (%5 MB, lsvg %2); der Cache braucht %6</translation>
    </message>
    <message>
        <source>%1 is not a program on this node: HACMP could not run it at a takeover</source>
        <translation>%1 ist kein Programm auf diesem Knoten: HACMP könnte es bei einer Übernahme nicht ausführen</translation>
    </message>
    <message>
        <source>%1 is not executable on this node (mode %2)</source>
        <translation>%1 ist auf diesem Knoten nicht ausführbar (Modus %2)</translation>
    </message>
</context>
<context>
    <name>PlannedAction</name>
    <message>
        <source>operator: </source>
        <translation>Bediener: </translation>
    </message>
    <message>
        <source>replace &apos;%1&apos; with &apos;%2&apos;</source>
        <translation>„%1“ durch „%2“ ersetzen</translation>
    </message>
    <message>
        <source>append &apos;%1&apos;</source>
        <translation>„%1“ anhängen</translation>
    </message>
    <message>
        <source>write the script (%1 lines), mode 0755</source>
        <translation>das Script schreiben (%1 Zeilen), Modus 0755</translation>
    </message>
    <message>
        <source>(standard input: the cell_admin password)</source>
        <translation>(Standardeingabe: das cell_admin-Kennwort)</translation>
    </message>
    <message>
        <source>(standard input: %1)</source>
        <translation>(Standardeingabe: %1)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>register them in HACMP (on one node; HACMP synchronises it): %1</source>
        <translation>in HACMP registrieren (auf einem Knoten; HACMP synchronisiert es): %1</translation>
    </message>
    <message>
        <source>HACMP holds the resource group: a graceful stop releases it</source>
        <translation>HACMP hält die Ressourcengruppe: ein ordnungsgemäßer Stopp gibt sie frei</translation>
    </message>
    <message>
        <source>(each only if still needed after the cluster stop)</source>
        <translation>(jeweils nur, wenn nach dem Cluster-Stopp noch nötig)</translation>
    </message>
    <message>
        <source>problem: </source>
        <translation>Problem: </translation>
    </message>
    <message>
        <source>major number %1 is the lowest free here: the standby&apos;s importvg -V must find it free too (set shared_vg.major to choose)</source>
        <translation>Hauptnummer %1 ist hier die niedrigste freie: importvg -V auf dem Standby-Knoten muss sie ebenfalls frei vorfinden (mit shared_vg.major wählen)</translation>
    </message>
    <message>
        <source>%1 MB = %2 logical partitions of %3 MB</source>
        <translation>%1 MB = %2 logische Partitionen zu %3 MB</translation>
    </message>
    <message>
        <source>then: every logical volume must keep its name (%1)</source>
        <translation>dann: jeder logische Datenträger muss seinen Namen behalten (%1)</translation>
    </message>
    <message>
        <source>edit %1: %2</source>
        <translation>%1 bearbeiten: %2</translation>
    </message>
    <message>
        <source>then: wait until HACMP&apos;s cluster manager logs EVENT COMPLETED: %1 in %2 (at most %3 s)</source>
        <translation>danach: warten, bis HACMPs Cluster-Manager EVENT COMPLETED: %1 in %2 protokolliert (höchstens %3 s)</translation>
    </message>
    <message>
        <source>%1 already holds an aggregate (salvage -verifyonly): it is kept</source>
        <translation>%1 enthält bereits ein Aggregat (salvage -verifyonly): es bleibt erhalten</translation>
    </message>
    <message>
        <source>newaggr destroys what %1 holds</source>
        <translation>newaggr zerstört, was %1 enthält</translation>
    </message>
    <message>
        <source>check on %1: %2</source>
        <translation>Prüfung auf %1: %2</translation>
    </message>
    <message>
        <source>this node</source>
        <translation>diesem Knoten</translation>
    </message>
    <message>
        <source>then, if this node&apos;s cluster manager is active (the change is a dynamic reconfiguration): wait until it logs EVENT COMPLETED: %1 in %2 (at most %3 s)</source>
        <translation>danach, wenn der Cluster-Manager dieses Knotens aktiv ist (die Änderung ist eine dynamische Rekonfiguration): warten, bis er EVENT COMPLETED: %1 in %2 protokolliert (höchstens %3 s)</translation>
    </message>
    <message>
        <source>the other node</source>
        <translation>der andere Knoten</translation>
    </message>
    <message>
        <source>ask this node and %1 which of them holds: %2</source>
        <translation>diesen Knoten und %1 fragen, welcher von beiden Folgendes hält: %2</translation>
    </message>
    <message>
        <source>the wizard then waits up to %1 min for the node to be back (who -b shows a new boot time); run on the node itself, it ends with the shutdown and resumes when run again</source>
        <translation>danach wartet der Assistent bis zu %1 min, bis der Knoten wieder da ist (who -b zeigt eine neue Startzeit); auf dem Knoten selbst ausgeführt, endet er mit dem Herunterfahren und setzt beim nächsten Aufruf fort</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>HACMP service labels</source>
        <translation>HACMP-Service-IP-Bezeichnungen</translation>
    </message>
    <message>
        <source>HACMP&apos;s adapter list could not be read; HACMP must be installed and configured first (guide ch. 3, step 1)</source>
        <translation>die Adapterliste von HACMP konnte nicht gelesen werden; HACMP muss zuerst installiert und konfiguriert werden (Handbuch, Kap. 3, Schritt 1)</translation>
    </message>
    <message>
        <source>%1 is not an HACMP service IP label of this cluster</source>
        <translation>%1 ist keine HACMP-Service-IP-Bezeichnung dieses Clusters</translation>
    </message>
    <message>
        <source>cllsif -c lists %1</source>
        <translation>cllsif -c listet %1 auf</translation>
    </message>
    <message>
        <source>%1 is an HACMP %2 address, not a service IP label</source>
        <translation>%1 ist eine HACMP-Adresse vom Typ %2, keine Service-IP-Bezeichnung</translation>
    </message>
    <message>
        <source>every service address is an HACMP service IP label</source>
        <translation>jede Serviceadresse ist eine HACMP-Service-IP-Bezeichnung</translation>
    </message>
    <message>
        <source>HACMP resource groups</source>
        <translation>HACMP-Ressourcengruppen</translation>
    </message>
    <message>
        <source>HACMP&apos;s resource groups could not be read; they must be defined first (guide ch. 3, step 1)</source>
        <translation>die Ressourcengruppen von HACMP konnten nicht gelesen werden; sie müssen zuerst definiert werden (Handbuch, Kap. 3, Schritt 1)</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>keine Gruppe</translation>
    </message>
    <message>
        <source>%1, this node (%2) as the %3: as HACMP&apos;s resource groups are defined</source>
        <translation>%1, dieser Knoten (%2) als %3: so, wie die Ressourcengruppen von HACMP definiert sind</translation>
    </message>
    <message>
        <source>Shared disks</source>
        <translation>Gemeinsam genutzte Platten</translation>
    </message>
    <message>
        <source>%1 is not a disk of this node</source>
        <translation>%1 ist keine Platte dieses Knotens</translation>
    </message>
    <message>
        <source>%1 belongs to the volume group %2: making %3 on it would destroy %2</source>
        <translation>%1 gehört zur Datenträgergruppe %2: %3 darauf zu erstellen würde %2 zerstören</translation>
    </message>
    <message>
        <source>%1 (PVID %2) is not a disk the owner made %3 on; this node sees none of the owner&apos;s disks</source>
        <translation>%1 (PVID %2) ist keine der Platten, auf denen der Eigner %3 erstellt hat; dieser Knoten sieht keine der Platten des Eigners</translation>
    </message>
    <message>
        <source>%1 (PVID %2) is not a disk the owner made %3 on; on this node the owner&apos;s disks are %4</source>
        <translation>%1 (PVID %2) ist keine der Platten, auf denen der Eigner %3 erstellt hat; auf diesem Knoten sind die Platten des Eigners %4</translation>
    </message>
    <message>
        <source>no owner&apos;s record was given: the disks&apos; PVIDs are not compared with the disks the owner made %1 on</source>
        <translation>es wurde kein Protokoll des Eigners angegeben: Die PVIDs der Platten werden nicht mit den Platten verglichen, auf denen der Eigner %1 erstellt hat</translation>
    </message>
    <message>
        <source>every shared disk is on this node and in no other volume group</source>
        <translation>jede gemeinsam genutzte Platte ist auf diesem Knoten vorhanden und in keiner anderen Datenträgergruppe</translation>
    </message>
    <message>
        <source>every shared disk is on this node, with the PVID of the owner&apos;s</source>
        <translation>jede gemeinsam genutzte Platte ist auf diesem Knoten vorhanden, mit derselben PVID wie beim Eigner</translation>
    </message>
    <message>
        <source>Shared volume group capacity</source>
        <translation>Kapazität der gemeinsam genutzten Datenträgergruppe</translation>
    </message>
    <message>
        <source>still to be made, in partitions of %1 MB: %2</source>
        <translation>noch zu erstellen, in Partitionen zu %1 MB: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 is varied off here (released, or held by the other node): its free space is checked while it is varied on</source>
        <translation>%1 ist hier deaktiviert (freigegeben oder vom anderen Knoten gehalten): Der freie Speicherplatz wird geprüft, während sie aktiviert ist</translation>
    </message>
    <message>
        <source>%1 has %2 free partitions; the logical volumes still to be made need %3</source>
        <translation>%1 hat %2 freie Partitionen; die noch zu erstellenden logischen Datenträger benötigen %3</translation>
    </message>
    <message>
        <source>%1 has room for what is still to be made (%2 of %3 free partitions)</source>
        <translation>%1 bietet Platz für das noch zu Erstellende (%2 von %3 freien Partitionen)</translation>
    </message>
    <message>
        <source>the size of %1 could not be read: the shared volume group&apos;s capacity is not checked before mkvg</source>
        <translation>die Größe von %1 konnte nicht gelesen werden: Die Kapazität der gemeinsam genutzten Datenträgergruppe wird vor mkvg nicht geprüft</translation>
    </message>
    <message>
        <source>the disks %1 hold at most %2 partitions of %3 MB; the logical volumes need %4</source>
        <translation>die Platten %1 fassen höchstens %2 Partitionen zu %3 MB; die logischen Datenträger benötigen %4</translation>
    </message>
    <message>
        <source>the disks hold the logical volumes (%1 of at most %2 partitions)</source>
        <translation>die Platten fassen die logischen Datenträger (%1 von höchstens %2 Partitionen)</translation>
    </message>
    <message>
        <source>Major number</source>
        <translation>Hauptnummer</translation>
    </message>
    <message>
        <source>%1 is already known here: its major number was chosen then</source>
        <translation>%1 ist hier bereits bekannt: Die Hauptnummer wurde damals gewählt</translation>
    </message>
    <message>
        <source>the free major numbers could not be read</source>
        <translation>die freien Hauptnummern konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is in use on this node; choose a number free on both nodes</source>
        <translation>%1 wird auf diesem Knoten verwendet; wählen Sie eine Nummer, die auf beiden Knoten frei ist</translation>
    </message>
    <message>
        <source>%1 is free on this node</source>
        <translation>%1 ist auf diesem Knoten frei</translation>
    </message>
    <message>
        <source>no major number of 10 or more is free</source>
        <translation>keine Hauptnummer ab 10 ist frei</translation>
    </message>
    <message>
        <source>none given: mkvg takes %1, the lowest free here; the standby&apos;s importvg takes its own lowest, which may differ (set shared_vg.major to one free on both nodes)</source>
        <translation>keine angegeben: mkvg verwendet %1, die niedrigste hier freie Nummer; importvg auf dem Standby-Knoten verwendet die dort niedrigste, die abweichen kann (setzen Sie shared_vg.major auf eine Nummer, die auf beiden Knoten frei ist)</translation>
    </message>
    <message>
        <source>none given: importvg takes %1, the lowest free here</source>
        <translation>keine angegeben: importvg verwendet %1, die niedrigste hier freie Nummer</translation>
    </message>
    <message>
        <source>DFS cache</source>
        <translation>DFS-Cache</translation>
    </message>
    <message>
        <source>%1 MB on %2, mkdfs -s %3 KB (90 % of it, the rest for DFS&apos;s own files)</source>
        <translation>%1 MB auf %2, mkdfs -s %3 KB (90 % davon, der Rest für die eigenen Dateien von DFS)</translation>
    </message>
    <message>
        <source>Installation media</source>
        <translation>Installationsmedium</translation>
    </message>
    <message>
        <source>%1 is there</source>
        <translation>%1 ist vorhanden</translation>
    </message>
    <message>
        <source>%1 is not there, but the DCE filesets are installed already</source>
        <translation>%1 ist nicht vorhanden, aber die DCE-Dateigruppen sind bereits installiert</translation>
    </message>
    <message>
        <source>%1 is not there (insert the DCE for AIX CD, or name the directory holding the images)</source>
        <translation>%1 ist nicht vorhanden (legen Sie die CD DCE for AIX ein, oder geben Sie das Verzeichnis mit den Images an)</translation>
    </message>
    <message>
        <source>Application programs</source>
        <translation>Anwendungsprogramme</translation>
    </message>
    <message>
        <source>every start and stop program is executable on this node</source>
        <translation>jedes Start- und Stoppprogramm ist auf diesem Knoten ausführbar</translation>
    </message>
    <message>
        <source>State directory</source>
        <translation>Statusverzeichnis</translation>
    </message>
    <message>
        <source>%1 is on this node&apos;s local disk</source>
        <translation>%1 liegt auf der lokalen Platte dieses Knotens</translation>
    </message>
    <message>
        <source>shared mount points: %1</source>
        <translation>gemeinsam genutzte Mountpunkte: %1</translation>
    </message>
</context>
<context>
    <name>RunRecord</name>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 time</source>
        <translation>„%1“ ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>not a %1 file</source>
        <translation>keine %1-Datei</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>is empty: a record holds every step of its procedure</source>
        <translation>ist leer: Ein Protokoll enthält jeden Schritt seines Ablaufs</translation>
    </message>
    <message>
        <source>must be a mapping (id, status, …)</source>
        <translation>muss eine Zuordnung sein (id, status, …)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>„%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>must be a mapping (command, file or note)</source>
        <translation>muss eine Zuordnung sein (command, file oder note)</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a mapping (check, severity, message, …)</source>
        <translation>muss eine Zuordnung sein (check, severity, message, …)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of pass, warning, failure</source>
        <translation>„%1“ ist keiner der Werte pass, warning, failure</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a SHA-256 checksum</source>
        <translation>ist keine SHA-256-Prüfsumme</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>the owner node&apos;s record shows %1 done</source>
        <translation>das Protokoll des Eignerknotens weist %1 als erledigt aus</translation>
    </message>
    <message>
        <source>confirmed by the operator</source>
        <translation>vom Bediener bestätigt</translation>
    </message>
    <message>
        <source>checked on the node</source>
        <translation>auf dem Knoten geprüft</translation>
    </message>
    <message>
        <source>waiting for the operator</source>
        <translation>wartet auf den Bediener</translation>
    </message>
    <message>
        <source>the cell_admin password is needed: set DCE_CELL_ADMIN_PASSWORD or run the wizard on a terminal to be asked for it</source>
        <translation>das Kennwort von cell_admin wird benötigt: Setzen Sie DCE_CELL_ADMIN_PASSWORD, oder starten Sie den Assistenten in einem Terminal, damit es abgefragt wird</translation>
    </message>
    <message>
        <source>the node has not restarted yet (%1)</source>
        <translation>der Knoten wurde noch nicht neu gestartet (%1)</translation>
    </message>
    <message>
        <source>the node restarted (%1) but %2 is varied on again: is it set to vary on at boot?</source>
        <translation>der Knoten wurde neu gestartet (%1), aber %2 ist wieder aktiviert: Ist die Datenträgergruppe auf automatische Aktivierung (varyon) beim Booten eingestellt?</translation>
    </message>
    <message>
        <source>restarted: %1</source>
        <translation>neu gestartet: %1</translation>
    </message>
    <message>
        <source>the checkpoint could not be saved, so the restart was not started (a run that cannot be resumed must not reboot)</source>
        <translation>der Prüfpunkt konnte nicht gespeichert werden, daher wurde der Neustart nicht eingeleitet (eine Ausführung, die sich nicht fortsetzen lässt, darf keinen Neustart auslösen)</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>derzeit: %1</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 %2 is defined</source>
        <translation>%1 %2 ist definiert</translation>
    </message>
    <message>
        <source>/etc/services defines %1 on %2, not %3: the KDC port must be %3; correct the entry by hand</source>
        <translation>/etc/services definiert %1 auf %2, nicht auf %3: Der KDC-Port muss %3 sein; korrigieren Sie den Eintrag von Hand</translation>
    </message>
    <message>
        <source>/etc/services gives %1 to &apos;%2&apos;; %3 cannot be added beside it without a person deciding</source>
        <translation>/etc/services vergibt %1 an „%2“; %3 kann nicht ohne die Entscheidung eines Menschen daneben hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 ist vorhanden</translation>
    </message>
    <message>
        <source>%1 exists and is not a directory</source>
        <translation>%1 ist vorhanden, ist aber kein Verzeichnis</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 already points to %2, not %3</source>
        <translation>%1 zeigt bereits auf %2, nicht auf %3</translation>
    </message>
    <message>
        <source>%1 exists and is not a symbolic link</source>
        <translation>%1 ist vorhanden, ist aber kein symbolischer Link</translation>
    </message>
    <message>
        <source>%1 differs from what the answers call for</source>
        <translation>%1 weicht von dem ab, was die Antworten vorgeben</translation>
    </message>
    <message>
        <source>%1 is already a filesystem on %2, not on /dev/%3</source>
        <translation>%1 ist bereits ein Dateisystem auf %2, nicht auf /dev/%3</translation>
    </message>
    <message>
        <source>%1 exists on /dev/%2</source>
        <translation>%1 ist auf /dev/%2 vorhanden</translation>
    </message>
    <message>
        <source>the logical volume %1 already holds the filesystem %2</source>
        <translation>der logische Datenträger %1 enthält bereits das Dateisystem %2</translation>
    </message>
    <message>
        <source>%1 is mounted</source>
        <translation>%1 ist angehängt</translation>
    </message>
    <message>
        <source>%1 is not in the mount table</source>
        <translation>%1 steht nicht in der Mount-Tabelle</translation>
    </message>
    <message>
        <source>%1 is varied on</source>
        <translation>%1 ist aktiviert</translation>
    </message>
    <message>
        <source>the shared filesystems are unmounted and %1 is varied off</source>
        <translation>die gemeinsam genutzten Dateisysteme sind abgehängt, und %1 ist deaktiviert</translation>
    </message>
    <message>
        <source>the disk %1 is not on this node (lspv)</source>
        <translation>die Platte %1 ist auf diesem Knoten nicht vorhanden (lspv)</translation>
    </message>
    <message>
        <source>%1 exists but %2 is not one of its disks (lspv: %3)</source>
        <translation>%1 ist vorhanden, aber %2 gehört nicht zu ihren Platten (lspv: %3)</translation>
    </message>
    <message>
        <source>the disk %1 already belongs to the volume group %2</source>
        <translation>die Platte %1 gehört bereits zur Datenträgergruppe %2</translation>
    </message>
    <message>
        <source>%1 exists on %2</source>
        <translation>%1 ist auf %2 vorhanden</translation>
    </message>
    <message>
        <source>a logical volume named %1 already exists in %2 (type %3); the answers want it in %4 (type %5)</source>
        <translation>ein logischer Datenträger namens %1 ist bereits in %2 vorhanden (Typ %3); laut den Antworten gehört er in %4 (Typ %5)</translation>
    </message>
    <message>
        <source>%1 exists in %2</source>
        <translation>%1 ist in %2 vorhanden</translation>
    </message>
    <message>
        <source>%1 is the jfslog of %2 (varied off here)</source>
        <translation>%1 ist das jfslog von %2 (hier deaktiviert)</translation>
    </message>
    <message>
        <source>%1 is not there (or not varied on) yet</source>
        <translation>%1 ist noch nicht vorhanden (oder noch nicht aktiviert)</translation>
    </message>
    <message>
        <source>%1 exists in %2 but is not a jfslog</source>
        <translation>%1 ist in %2 vorhanden, ist aber kein jfslog</translation>
    </message>
    <message>
        <source>the shared filesystems use the default-named log %1</source>
        <translation>die gemeinsam genutzten Dateisysteme verwenden das Log mit dem Standardnamen %1</translation>
    </message>
    <message>
        <source>%1 exists and is in use</source>
        <translation>%1 ist vorhanden und wird verwendet</translation>
    </message>
    <message>
        <source>%1 is not varied on: create it first (step shared-vg)</source>
        <translation>%1 ist nicht aktiviert: Erstellen Sie die Datenträgergruppe zuerst (Schritt shared-vg)</translation>
    </message>
    <message>
        <source>%1 is imported but its logical volume %2 is missing: AIX renamed it on import (0516-530)? lsvg -l %1 shows the names it has</source>
        <translation>%1 ist importiert, aber ihr logischer Datenträger %2 fehlt: Hat AIX ihn beim Import umbenannt (0516-530)? lsvg -l %1 zeigt die Namen, die sie hat</translation>
    </message>
    <message>
        <source>%1 is imported and still varied on here</source>
        <translation>%1 ist importiert und hier noch aktiviert</translation>
    </message>
    <message>
        <source>%1 is imported with every logical volume under its own name</source>
        <translation>%1 ist importiert, jeder logische Datenträger unter seinem eigenen Namen</translation>
    </message>
    <message>
        <source>%1 is imported (varied on by HACMP since)</source>
        <translation>%1 ist importiert (inzwischen von HACMP aktiviert)</translation>
    </message>
    <message>
        <source>AIX renamed logical volumes while importing %1 (0516-530): %2. A name clashes with a logical volume on this node, and HACMP would not find the renamed one. Rename the clashing volume on this node (chlv -n), then exportvg %1 and run the wizard again.</source>
        <translation>AIX hat beim Import von %1 logische Datenträger umbenannt (0516-530): %2. Ein Name kollidiert mit einem logischen Datenträger auf diesem Knoten, und HACMP würde den umbenannten nicht finden. Benennen Sie den kollidierenden Datenträger auf diesem Knoten um (chlv -n), führen Sie dann exportvg %1 aus und starten Sie den Assistenten erneut.</translation>
    </message>
    <message>
        <source>the logical volume %1 is not in %2 after the import: the owner node&apos;s names and this node&apos;s answers differ</source>
        <translation>der logische Datenträger %1 ist nach dem Import nicht in %2: Die Namen des Eignerknotens und die Antworten dieses Knotens stimmen nicht überein</translation>
    </message>
    <message>
        <source>the catalog names an unknown step kind &apos;%1&apos;</source>
        <translation>der Katalog nennt eine unbekannte Schrittart „%1“</translation>
    </message>
    <message>
        <source>drift: this step was done (%1) but is not any more: %2. The wizard does not redo it silently; repair it by hand, or run again with --restart.</source>
        <translation>Abweichung: Dieser Schritt war erledigt (%1), ist es aber nicht mehr: %2. Der Assistent wiederholt ihn nicht stillschweigend; beheben Sie die Abweichung von Hand, oder führen Sie den Assistenten erneut mit --restart aus.</translation>
    </message>
    <message>
        <source>interrupted: the run was stopped by a signal during this step; run the same command again to resume it</source>
        <translation>unterbrochen: Die Ausführung wurde während dieses Schritts durch ein Signal angehalten; führen Sie denselben Befehl erneut aus, um sie fortzusetzen</translation>
    </message>
    <message>
        <source>interrupted: the run was stopped by a signal while this step was verified; run the same command again to resume it</source>
        <translation>unterbrochen: Die Ausführung wurde während der Prüfung dieses Schritts durch ein Signal angehalten; führen Sie denselben Befehl erneut aus, um sie fortzusetzen</translation>
    </message>
    <message>
        <source>the commands succeeded but the result is not there: %1</source>
        <translation>die Befehle waren erfolgreich, aber das Ergebnis ist nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>HACMP&apos;s event failed before %1 completed; /tmp/hacmp.out says:
%2</source>
        <translation>Ein HACMP-Ereignis ist fehlgeschlagen, bevor %1 abgeschlossen war; /tmp/hacmp.out sagt:
%2</translation>
    </message>
    <message>
        <source>stopped while waiting for HACMP&apos;s %1 (the cluster manager goes on; the next run checks it first)</source>
        <translation>beim Warten auf HACMPs %1 angehalten (der Cluster-Manager arbeitet weiter; der nächste Lauf prüft es zuerst)</translation>
    </message>
    <message>
        <source>HACMP&apos;s %1 did not complete within %2 s; the end of /tmp/hacmp.out:
%3</source>
        <translation>HACMPs %1 wurde nicht innerhalb von %2 s abgeschlossen; das Ende von /tmp/hacmp.out:
%3</translation>
    </message>
    <message>
        <source>%1 lists %2</source>
        <translation>%1 führt %2</translation>
    </message>
    <message>
        <source>%1 already has &apos;%2&apos;, which clashes with &apos;%3&apos; (name, device or ID): correct it by hand</source>
        <translation>%1 enthält bereits „%2“, das mit „%3“ kollidiert (Name, Gerät oder ID): von Hand korrigieren</translation>
    </message>
    <message>
        <source>%1 does not list %2</source>
        <translation>%1 führt %2 nicht</translation>
    </message>
    <message>
        <source>%1 is in dfstab and exported</source>
        <translation>%1 steht in dfstab und ist exportiert</translation>
    </message>
    <message>
        <source>%1 is in dfstab but not exported</source>
        <translation>%1 steht in dfstab, ist aber nicht exportiert</translation>
    </message>
    <message>
        <source>check %1 on %2 failed: expected %3; found: %4</source>
        <translation>Prüfung %1 auf %2 fehlgeschlagen: erwartet %3; vorgefunden: %4</translation>
    </message>
    <message>
        <source>On the other node (%1), do this, then confirm (--confirm %2): %3</source>
        <translation>Auf dem anderen Knoten (%1) dies ausführen, dann bestätigen (--confirm %2): %3</translation>
    </message>
    <message>
        <source>done on the other node by the operator (confirmed)</source>
        <translation>vom Bediener auf dem anderen Knoten erledigt (bestätigt)</translation>
    </message>
    <message>
        <source>the other node cannot be reached to see HACMP&apos;s %1</source>
        <translation>der andere Knoten ist nicht erreichbar, um HACMPs %1 zu sehen</translation>
    </message>
    <message>
        <source>the record of %1 is not at hand</source>
        <translation>das Protokoll von %1 liegt nicht vor</translation>
    </message>
    <message>
        <source>%1 is not there yet: %2</source>
        <translation>%1 ist noch nicht so weit: %2</translation>
    </message>
    <message>
        <source>not yet on %1: %2</source>
        <translation>auf %1 noch nicht: %2</translation>
    </message>
    <message>
        <source>the record of %1 shows %2 done</source>
        <translation>das Protokoll von %1 zeigt %2 erledigt</translation>
    </message>
    <message>
        <source>the record of %1 shows every step before %2 done</source>
        <translation>das Protokoll von %1 zeigt jeden Schritt vor %2 erledigt</translation>
    </message>
    <message>
        <source>checked on %1</source>
        <translation>auf %1 geprüft</translation>
    </message>
    <message>
        <source>stopped while waiting for the node to restart (the restart goes on; the next run checks it first)</source>
        <translation>beim Warten auf den Neustart des Knotens angehalten (der Neustart läuft weiter; der nächste Lauf prüft ihn zuerst)</translation>
    </message>
    <message>
        <source>the node was not back within %1 s of shutdown -Fr (who -b still shows %2); when it is, run the wizard again</source>
        <translation>der Knoten war %1 s nach shutdown -Fr nicht wieder da (who -b zeigt noch %2); sobald er es ist, den Assistenten erneut ausführen</translation>
    </message>
    <message>
        <source>%1 (PVID and size not asked)</source>
        <translation>%1 (PVID und Größe nicht abgefragt)</translation>
    </message>
    <message>
        <source>%1 (no PVID yet, %2)</source>
        <translation>%1 (noch keine PVID, %2)</translation>
    </message>
    <message>
        <source>%1 (PVID %2, %3)</source>
        <translation>%1 (PVID %2, %3)</translation>
    </message>
    <message>
        <source>Disk %1 becomes the volume group %2 (mkvg): everything on it is lost</source>
        <translation>Die Platte %1 wird zur Datenträgergruppe %2 (mkvg): alles darauf geht verloren</translation>
    </message>
    <message>
        <source>%1 is formatted as the JFS log (logform): what it held is lost</source>
        <translation>%1 wird als JFS-Log formatiert (logform): sein bisheriger Inhalt geht verloren</translation>
    </message>
    <message>
        <source>A journaled filesystem for %1 is made on the logical volume %2 (crfs): what the volume held is lost</source>
        <translation>Auf dem logischen Datenträger %2 wird ein Journaled Filesystem für %1 angelegt (crfs): der bisherige Inhalt des Datenträgers geht verloren</translation>
    </message>
    <message>
        <source>%1 is formatted as a DFS aggregate (newaggr): what it held is lost</source>
        <translation>%1 wird als DFS-Aggregat formatiert (newaggr): sein bisheriger Inhalt geht verloren</translation>
    </message>
    <message>
        <source>The node restarts (%1): everything it serves stops until it is back</source>
        <translation>Der Knoten wird neu gestartet (%1): alle seine Dienste stehen still, bis er wieder da ist</translation>
    </message>
    <message>
        <source>HACMP stops on this node (%1): its resource groups are released</source>
        <translation>HACMP wird auf diesem Knoten gestoppt (%1): seine Ressourcengruppen werden freigegeben</translation>
    </message>
    <message>
        <source>HACMP starts on this node (%1): it acquires its resource groups, a cascading group moves back here</source>
        <translation>HACMP wird auf diesem Knoten gestartet (%1): es übernimmt seine Ressourcengruppen, eine kaskadierende Gruppe kehrt hierher zurück</translation>
    </message>
    <message>
        <source>DCE stops on this node (stop.dce): its clients lose its servers until it starts</source>
        <translation>DCE wird auf diesem Knoten gestoppt (stop.dce): seine Clients verlieren seine Server, bis es wieder startet</translation>
    </message>
    <message>
        <source>DFS stops on this node (stop.dfs): its filesets cannot be reached until it starts</source>
        <translation>DFS wird auf diesem Knoten gestoppt (stop.dfs): seine Filesets sind nicht erreichbar, bis es wieder startet</translation>
    </message>
    <message>
        <source>The volume group %1 is varied off (varyoffvg): its filesystems are no longer reachable on this node</source>
        <translation>Die Datenträgergruppe %1 wird deaktiviert (varyoffvg): ihre Dateisysteme sind auf diesem Knoten nicht mehr erreichbar</translation>
    </message>
    <message>
        <source>done in the run in progress (%1)</source>
        <translation>in der laufenden Ausführung erledigt (%1)</translation>
    </message>
    <message>
        <source>drift: done in the run in progress (%1) but not any more: %2; the run stops here</source>
        <translation>Abweichung: in der laufenden Ausführung erledigt (%1), aber nicht mehr: %2; die Ausführung hält hier an</translation>
    </message>
    <message>
        <source>lsfs -c could not list the filesystems: %1</source>
        <translation>lsfs -c konnte die Dateisysteme nicht auflisten: %1</translation>
    </message>
</context>
<context>
    <name>YamlInput</name>
    <message>
        <source>holds more than one YAML document (&apos;---&apos; starts another); give exactly one</source>
        <translation>enthält mehr als ein YAML-Dokument („---“ beginnt ein weiteres); geben Sie genau eines an</translation>
    </message>
    <message>
        <source>the alias on line %1 refers to a value that contains it (a cycle)</source>
        <translation>der Alias in Zeile %1 verweist auf einen Wert, der ihn selbst enthält (ein Zyklus)</translation>
    </message>
    <message>
        <source>expands to more than %1 values (aliases repeating aliases); refused</source>
        <translation>ergibt mehr als %1 Werte (Aliase, die Aliase wiederholen); abgelehnt</translation>
    </message>
    <message>
        <source>is nested deeper than %1 levels (line %2)</source>
        <translation>ist tiefer als %1 Ebenen verschachtelt (Zeile %2)</translation>
    </message>
    <message>
        <source>a key must be a single name, not a list or a mapping (line %1)</source>
        <translation>ein Schlüssel muss ein einzelner Name sein, keine Liste und keine Zuordnung (Zeile %1)</translation>
    </message>
    <message>
        <source>a key must be a name (line %1)</source>
        <translation>ein Schlüssel muss ein Name sein (Zeile %1)</translation>
    </message>
    <message>
        <source>is given twice in the same mapping (lines %1 and %2); give each key once</source>
        <translation>ist in derselben Zuordnung zweimal angegeben (Zeilen %1 und %2); geben Sie jeden Schlüssel nur einmal an</translation>
    </message>
    <message>
        <source>a key must be a name</source>
        <translation>ein Schlüssel muss ein Name sein</translation>
    </message>
    <message>
        <source>not valid YAML: %1 (line %2, column %3)</source>
        <translation>kein gültiges YAML: %1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a mapping (key: value lines or { key: value, … })</source>
        <translation>muss eine Zuordnung (Mapping) sein (Zeilen der Form key: value oder { key: value, … })</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be a single value, not a mapping</source>
        <translation>muss ein einzelner Wert sein, keine Zuordnung</translation>
    </message>
    <message>
        <source>must be a single value, not a list</source>
        <translation>muss ein einzelner Wert sein, keine Liste</translation>
    </message>
    <message>
        <source>must be a whole number, not &apos;%1&apos;</source>
        <translation>muss eine ganze Zahl sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2; %3 is out of range</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein; %3 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>must be true or false, not &apos;%1&apos;</source>
        <translation>muss true oder false sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>dceha::ApplicationsEditor</name>
    <message>
        <source>Application</source>
        <comment>@title:column</comment>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Start command</source>
        <comment>@title:column</comment>
        <translation>Startbefehl</translation>
    </message>
    <message>
        <source>Stop command</source>
        <comment>@title:column</comment>
        <translation>Stoppbefehl</translation>
    </message>
</context>
<context>
    <name>dceha::CellPage</name>
    <message>
        <source>Cell and DCE</source>
        <comment>@title</comment>
        <translation>Zelle und DCE</translation>
    </message>
    <message>
        <source>The DCE cell, the components this node configures, and where DCE is installed from.</source>
        <comment>@subtitle</comment>
        <translation>Die DCE-Zelle, die Komponenten, die dieser Knoten konfiguriert, und die Installationsquelle von DCE.</translation>
    </message>
    <message>
        <source>&amp;Cell name:</source>
        <comment>@label</comment>
        <translation>Zell&amp;enname:</translation>
    </message>
    <message>
        <source>Cell name</source>
        <comment>@label</comment>
        <translation>Zellenname</translation>
    </message>
    <message>
        <source>DCE ser&amp;vers:</source>
        <comment>@label</comment>
        <translation>DCE-Ser&amp;ver:</translation>
    </message>
    <message>
        <source>DCE c&amp;lients:</source>
        <comment>@label</comment>
        <translation>DCE-&amp;Clients:</translation>
    </message>
    <message>
        <source>DCE server %1</source>
        <comment>@label</comment>
        <translation>DCE-Server %1</translation>
    </message>
    <message>
        <source>DCE client %1</source>
        <comment>@label</comment>
        <translation>DCE-Client %1</translation>
    </message>
    <message>
        <source>Installation &amp;media:</source>
        <comment>@label</comment>
        <translation>Installations&amp;medium:</translation>
    </message>
    <message>
        <source>Installation media</source>
        <comment>@label</comment>
        <translation>Installationsmedium</translation>
    </message>
    <message>
        <source>&amp;Rotating host name:</source>
        <comment>@label</comment>
        <translation>&amp;Rotierender Hostname:</translation>
    </message>
    <message>
        <source>Rotating host name</source>
        <comment>@label</comment>
        <translation>Rotierender Hostname</translation>
    </message>
    <message>
        <source>Mutual takeover: DCE and DFS servers cannot run on this node; only clients.</source>
        <comment>@info</comment>
        <translation>Gegenseitige Übernahme: Auf diesem Knoten können keine DCE- und DFS-Server laufen, nur Clients.</translation>
    </message>
    <message>
        <source>Standby node: DCE is installed here but not configured; it runs the owner&apos;s configuration from the shared DASD after a takeover.</source>
        <comment>@info</comment>
        <translation>Standby-Knoten: DCE wird hier installiert, aber nicht konfiguriert; nach einer Übernahme führt der Knoten die Konfiguration des Eigners von den Shared DASD aus.</translation>
    </message>
    <message>
        <source>The owner node hosts the cell&apos;s servers.</source>
        <comment>@info</comment>
        <translation>Auf dem Eignerknoten laufen die Server der Zelle.</translation>
    </message>
    <message>
        <source>cell_&amp;admin password:</source>
        <comment>@label</comment>
        <translation>cell_admin-&amp;Kennwort:</translation>
    </message>
    <message>
        <source>cell_admin password</source>
        <comment>@label</comment>
        <translation>Kennwort für cell_admin</translation>
    </message>
    <message>
        <source>The pass&amp;word again:</source>
        <comment>@label</comment>
        <translation>Kennwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>The cell_admin password again</source>
        <comment>@label</comment>
        <translation>Kennwort für cell_admin bestätigen</translation>
    </message>
    <message>
        <source>Asked now, before anything runs, so that the run does not stop for it. It goes to mkdce on its standard input and is kept in memory only: never in a file, a log or the record.</source>
        <comment>@info</comment>
        <translation>Jetzt abgefragt, bevor etwas läuft, damit die Ausführung nicht dafür anhält. Es geht über die Standardeingabe an mkdce und wird nur im Speicher gehalten: nie in einer Datei, einem Log oder dem Protokoll.</translation>
    </message>
    <message>
        <source>cell_admin password: the two entries differ; type the same password in both (a new cell&apos;s password is set from it).</source>
        <comment>@info</comment>
        <translation>Kennwort für cell_admin: die beiden Eingaben unterscheiden sich; geben Sie in beide dasselbe Kennwort ein (das Kennwort einer neuen Zelle wird daraus gesetzt).</translation>
    </message>
    <message>
        <source>the security server: the cell&apos;s registry, where cell_admin is made</source>
        <comment>@info DCE component</comment>
        <translation>der Sicherheitsserver: die Registry der Zelle, in der cell_admin angelegt wird</translation>
    </message>
    <message>
        <source>the CDS server: the cell&apos;s directory</source>
        <comment>@info DCE component</comment>
        <translation>der CDS-Server: das Verzeichnis der Zelle</translation>
    </message>
    <message>
        <source>a DTS server: the cell&apos;s time</source>
        <comment>@info DCE component</comment>
        <translation>ein DTS-Server: die Zeit der Zelle</translation>
    </message>
    <message>
        <source>every client: security, CDS, DTS and RPC</source>
        <comment>@info DCE component</comment>
        <translation>alle Clients: Sicherheit, CDS, DTS und RPC</translation>
    </message>
    <message>
        <source>the security client</source>
        <comment>@info DCE component</comment>
        <translation>der Sicherheits-Client</translation>
    </message>
    <message>
        <source>the CDS (directory) client</source>
        <comment>@info DCE component</comment>
        <translation>der CDS-Client (Verzeichnis)</translation>
    </message>
    <message>
        <source>the DTS (time) client</source>
        <comment>@info DCE component</comment>
        <translation>der DTS-Client (Zeit)</translation>
    </message>
    <message>
        <source>RPC only (the dced endpoint mapper)</source>
        <comment>@info DCE component</comment>
        <translation>nur RPC (der Endpoint-Mapper dced)</translation>
    </message>
</context>
<context>
    <name>dceha::ClusterPage</name>
    <message>
        <source>Cluster</source>
        <comment>@title</comment>
        <translation>HACMP-Cluster</translation>
    </message>
    <message>
        <source>The HACMP configuration of this cluster and the role of this node.</source>
        <comment>@subtitle</comment>
        <translation>Die HACMP-Konfiguration dieses Clusters und die Rolle dieses Knotens.</translation>
    </message>
    <message>
        <source>Hot standby, cascading resources</source>
        <comment>@item</comment>
        <translation>Hot-Standby, kaskadierende Ressourcen</translation>
    </message>
    <message>
        <source>One-sided takeover, cascading resources</source>
        <comment>@item</comment>
        <translation>Einseitige Übernahme, kaskadierende Ressourcen</translation>
    </message>
    <message>
        <source>Hot standby, rotating resources</source>
        <comment>@item</comment>
        <translation>Hot-Standby, rotierende Ressourcen</translation>
    </message>
    <message>
        <source>Mutual takeover, cascading resources</source>
        <comment>@item</comment>
        <translation>Gegenseitige Übernahme, kaskadierende Ressourcen</translation>
    </message>
    <message>
        <source>HACMP configuration</source>
        <comment>@label</comment>
        <translation>HACMP-Konfiguration</translation>
    </message>
    <message>
        <source>&amp;HACMP configuration:</source>
        <comment>@label</comment>
        <translation>&amp;HACMP-Konfiguration:</translation>
    </message>
    <message>
        <source>&amp;Owner (highest priority node)</source>
        <comment>@option:radio</comment>
        <translation>&amp;Eigner (Knoten mit höchster Priorität)</translation>
    </message>
    <message>
        <source>&amp;Standby/takeover node</source>
        <comment>@option:radio</comment>
        <translation>&amp;Standby-/Übernahmeknoten</translation>
    </message>
    <message>
        <source>This node:</source>
        <comment>@label</comment>
        <translation>Dieser Knoten:</translation>
    </message>
    <message>
        <source>Install and configure &amp;DFS too</source>
        <comment>@option:check</comment>
        <translation>Auch &amp;DFS installieren und konfigurieren</translation>
    </message>
    <message>
        <source>Mutual takeover: DCE and DFS servers cannot run on these nodes, and DCE/DFS clients are not taken over; no DCE filesystems on shared DASD. Only clients and applications are configured.</source>
        <comment>@info</comment>
        <translation>Gegenseitige Übernahme: Auf diesen Knoten können keine DCE- und DFS-Server laufen, und DCE/DFS-Clients werden nicht übernommen; keine DCE-Dateisysteme auf Shared DASD. Es werden nur Clients und Anwendungen konfiguriert.</translation>
    </message>
    <message>
        <source>Standby node: DCE and DFS are installed here but must not be configured; the shared volume group is imported from the owner node once it has released it.</source>
        <comment>@info</comment>
        <translation>Standby-Knoten: DCE und DFS werden hier installiert, dürfen aber nicht konfiguriert werden; die gemeinsam genutzte Datenträgergruppe wird vom Eignerknoten importiert, sobald dieser sie freigegeben hat.</translation>
    </message>
    <message>
        <source>Owner node: /var/dce, /etc/dce and /krb5 go on shared DASD, DCE (and DFS) servers are configured here, then the node releases the shared DASD for the standby.</source>
        <comment>@info</comment>
        <translation>Eignerknoten: /var/dce, /etc/dce und /krb5 kommen auf die Shared DASD, die DCE-Server (und DFS-Server) werden hier konfiguriert, danach gibt der Knoten die Shared DASD für den Standby-Knoten frei.</translation>
    </message>
    <message>
        <source>Rotating resources: DCE runs under the rotating resource&apos;s host name.</source>
        <comment>@info</comment>
        <translation>Rotierende Ressourcen: DCE läuft unter dem Hostnamen der rotierenden Ressource.</translation>
    </message>
    <message>
        <source>HACMP&apos;s resource groups make this cluster &quot;%1&quot;: %2. Choose it, or change HACMP&apos;s configuration first.</source>
        <comment>@info</comment>
        <translation>Nach den Ressourcengruppen von HACMP ist dieser Cluster „%1“: %2. Wählen Sie diese Konfiguration, oder ändern Sie zuerst die Konfiguration von HACMP.</translation>
    </message>
    <message>
        <source>HACMP makes this node the home (highest-priority) node of the resource group: it is the owner (%1).</source>
        <comment>@info</comment>
        <translation>HACMP macht diesen Knoten zum Heimatknoten (höchste Priorität) der Ressourcengruppe: Er ist der Eigner (%1).</translation>
    </message>
    <message>
        <source>HACMP makes this node the second node of the resource group: it is the standby (%1).</source>
        <comment>@info</comment>
        <translation>HACMP macht diesen Knoten zum zweiten Knoten der Ressourcengruppe: Er ist der Standby-Knoten (%1).</translation>
    </message>
    <message>
        <source>Discovered from HACMP on this node: %1.</source>
        <comment>@info</comment>
        <translation>Von HACMP auf diesem Knoten ermittelt: %1.</translation>
    </message>
</context>
<context>
    <name>dceha::ConfigurationDiagram</name>
    <message>
        <source>this node</source>
        <comment>@label diagram</comment>
        <translation>dieser Knoten</translation>
    </message>
    <message>
        <source>DCE (and DFS) servers, the applications</source>
        <comment>@label diagram</comment>
        <translation>DCE-Server (und DFS-Server), die Anwendungen</translation>
    </message>
    <message>
        <source>idle: waits to take over</source>
        <comment>@label diagram</comment>
        <translation>inaktiv: wartet auf eine Übernahme</translation>
    </message>
    <message>
        <source>runs its own, non-critical applications</source>
        <comment>@label diagram</comment>
        <translation>führt eigene, unkritische Anwendungen aus</translation>
    </message>
    <message>
        <source>DCE (and DFS) under the rotating host name, the applications</source>
        <comment>@label diagram</comment>
        <translation>DCE (und DFS) unter dem rotierenden Hostnamen, die Anwendungen</translation>
    </message>
    <message>
        <source>its applications, DCE/DFS clients only</source>
        <comment>@label diagram</comment>
        <translation>eigene Anwendungen, nur DCE/DFS-Clients</translation>
    </message>
    <message>
        <source>Owner node (highest priority)</source>
        <comment>@label diagram</comment>
        <translation>Eignerknoten (höchste Priorität)</translation>
    </message>
    <message>
        <source>Standby/takeover node</source>
        <comment>@label diagram</comment>
        <translation>Standby-/Übernahmeknoten</translation>
    </message>
    <message>
        <source>takes over the other&apos;s applications</source>
        <comment>@label diagram</comment>
        <translation>übernimmt die Anwendungen des anderen</translation>
    </message>
    <message>
        <source>takes over when the owner fails</source>
        <comment>@label diagram</comment>
        <translation>übernimmt bei Ausfall des Eigners</translation>
    </message>
    <message>
        <source>no fall-back: the resources stay where they are</source>
        <comment>@label diagram</comment>
        <translation>kein Fallback: die Ressourcen bleiben, wo sie sind</translation>
    </message>
    <message>
        <source>gives them back when the owner rejoins</source>
        <comment>@label diagram</comment>
        <translation>gibt sie zurück, sobald der Eigner wieder im Cluster ist</translation>
    </message>
    <message>
        <source>shared DASD</source>
        <comment>@label diagram</comment>
        <translation>Shared DASD</translation>
    </message>
    <message>
        <source>the applications&apos; data; no DCE filesystems</source>
        <comment>@label diagram</comment>
        <translation>Daten der Anwendungen; keine DCE-Dateisysteme</translation>
    </message>
    <message>
        <source>/var/dce, /etc/dce, /krb5 (and the DFS aggregates)</source>
        <comment>@label diagram</comment>
        <translation>/var/dce, /etc/dce, /krb5 (und die DFS-Aggregate)</translation>
    </message>
    <message>
        <source>Diagram of the configuration</source>
        <comment>@label</comment>
        <translation>Diagramm der Konfiguration</translation>
    </message>
    <message>
        <source>Each node runs its own applications and takes over the other&apos;s.</source>
        <comment>@info</comment>
        <translation>Jeder Knoten führt seine eigenen Anwendungen aus und übernimmt die des anderen.</translation>
    </message>
    <message>
        <source>The standby node takes over when the owner fails; the resources do not fall back.</source>
        <comment>@info</comment>
        <translation>Der Standby-Knoten übernimmt, wenn der Eigner ausfällt; die Ressourcen werden nicht zurückgegeben (kein Fallback).</translation>
    </message>
    <message>
        <source>The standby node takes over when the owner fails and gives the resources back when the owner rejoins.</source>
        <comment>@info</comment>
        <translation>Der Standby-Knoten übernimmt, wenn der Eigner ausfällt, und gibt die Ressourcen zurück, sobald der Eigner dem Cluster wieder beitritt.</translation>
    </message>
    <message>
        <source>Peer node A: home of its own resource group</source>
        <comment>@label diagram</comment>
        <translation>Partnerknoten A: Heimat seiner eigenen Ressourcengruppe</translation>
    </message>
    <message>
        <source>Peer node B: home of its own resource group</source>
        <comment>@label diagram</comment>
        <translation>Partnerknoten B: Heimat seiner eigenen Ressourcengruppe</translation>
    </message>
</context>
<context>
    <name>dceha::ConfirmRunDialog</name>
    <message>
        <source>owner node</source>
        <comment>@item the node a change happens on</comment>
        <translation>Eignerknoten</translation>
    </message>
    <message>
        <source>standby node</source>
        <comment>@item the node a change happens on</comment>
        <translation>Standby-Knoten</translation>
    </message>
    <message>
        <source>Destroyed, cannot be undone</source>
        <comment>@item what the run destroys</comment>
        <translation>Wird zerstört, nicht rückgängig zu machen</translation>
    </message>
    <message>
        <source>Interrupted or moved</source>
        <comment>@item what the run interrupts</comment>
        <translation>Wird unterbrochen oder verlagert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@item node: what happens there</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <comment>@title:window</comment>
        <translation>Sind Sie sicher?</translation>
    </message>
    <message>
        <source>What will be destroyed or interrupted</source>
        <comment>@label</comment>
        <translation>Was zerstört oder unterbrochen wird</translation>
    </message>
    <message>
        <source>Nothing else on the node is touched: the review page lists every command. Go back to change the answers.</source>
        <comment>@info</comment>
        <translation>Sonst wird auf dem Knoten nichts angetastet: Die Überprüfungsseite listet jeden Befehl. Gehen Sie zurück, um die Antworten zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <comment>@action:button</comment>
        <translation>&amp;Zurück</translation>
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
        <translation>Der DFS-Client-Cache liegt in einem lokalen JFS auf nicht gemeinsam genutzten DASD; die DFS-Aggregate liegen in der gemeinsam genutzten Datenträgergruppe.</translation>
    </message>
    <message>
        <source>Cache &amp;volume group:</source>
        <comment>@label</comment>
        <translation>Cache-&amp;Datenträgergruppe:</translation>
    </message>
    <message>
        <source>Cache volume group</source>
        <comment>@label</comment>
        <translation>Cache-Datenträgergruppe</translation>
    </message>
    <message>
        <source>Cache &amp;logical volume:</source>
        <comment>@label</comment>
        <translation>&amp;Logischer Cache-Datenträger:</translation>
    </message>
    <message>
        <source>Cache logical volume</source>
        <comment>@label</comment>
        <translation>Logischer Cache-Datenträger</translation>
    </message>
    <message>
        <source>Cache &amp;size (MB):</source>
        <comment>@label</comment>
        <translation>Cache-&amp;Größe (MB):</translation>
    </message>
    <message>
        <source>Cache size in MB</source>
        <comment>@label</comment>
        <translation>Cache-Größe in MB</translation>
    </message>
    <message>
        <source>Cache &amp;mount point:</source>
        <comment>@label</comment>
        <translation>Cache-&amp;Mountpunkt:</translation>
    </message>
    <message>
        <source>Cache mount point</source>
        <comment>@label</comment>
        <translation>Cache-Mountpunkt</translation>
    </message>
    <message>
        <source>A&amp;ggregates on shared DASD:</source>
        <comment>@label</comment>
        <translation>&amp;Aggregate auf Shared DASD:</translation>
    </message>
    <message>
        <source>Logical volume</source>
        <comment>@title:column</comment>
        <translation>Logischer Datenträger</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <comment>@title:column</comment>
        <translation>Aggregat</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <comment>@title:column</comment>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <source>DFS aggregates</source>
        <comment>@label</comment>
        <translation>DFS-Aggregate</translation>
    </message>
    <message>
        <source>&amp;Add aggregate</source>
        <comment>@action:button</comment>
        <translation>Aggregat &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove aggregate</source>
        <comment>@action:button</comment>
        <translation>Aggregat &amp;entfernen</translation>
    </message>
    <message>
        <source>%1: %2 MB free of %3 MB.</source>
        <comment>@info</comment>
        <translation>%1: %2 MB von %3 MB frei.</translation>
    </message>
</context>
<context>
    <name>dceha::FailoverTestPage</name>
    <message>
        <source>Passed: HACMP moved every resource as chapter 2 of the guide says, and each stage&apos;s checks hold. The cluster is back as it was before the drill.</source>
        <comment>@info</comment>
        <translation>Bestanden: HACMP hat jede Ressource so verlagert, wie Kapitel 2 des Handbuchs es beschreibt, und die Prüfungen jeder Phase treffen zu. Der Cluster ist wieder so wie vor der Übung.</translation>
    </message>
    <message>
        <source>The drill&apos;s record, with every check&apos;s evidence, is saved as %1 (.yaml and .html).</source>
        <comment>@info</comment>
        <translation>Das Protokoll der Übung mit den Belegen jeder Prüfung ist als %1 gespeichert (.yaml und .html).</translation>
    </message>
    <message>
        <source>Failover test</source>
        <comment>@title</comment>
        <translation>Failover-Test</translation>
    </message>
    <message>
        <source>The guide&apos;s chapter 2 on both nodes: takeover, reintegration and node failure, each stage checked.</source>
        <comment>@subtitle</comment>
        <translation>Kapitel 2 des Handbuchs auf beiden Knoten: Übernahme, Reintegration und Knotenausfall, jede Phase geprüft.</translation>
    </message>
    <message>
        <source>HACMP moves the resources itself, through the scripts this wizard installed: the drill only stops, restarts and fails the nodes, then checks what each one holds. Run it once both nodes are integrated (the standby node&apos;s wizard says Complete), before production: it really stops the cluster services on both nodes and restarts the other node.</source>
        <comment>@info</comment>
        <translation>HACMP verlagert die Ressourcen selbst, über die Skripte, die dieser Assistent installiert hat: Die Übung stoppt, startet und lässt die Knoten nur ausfallen und prüft dann, was jeder hält. Führen Sie sie aus, sobald beide Knoten integriert sind (der Assistent des Bereitschaftsknotens meldet „Abgeschlossen“), vor dem Produktivbetrieb: Sie stoppt die Cluster-Services auf beiden Knoten wirklich und startet den anderen Knoten neu.</translation>
    </message>
    <message>
        <source>The &amp;other node&apos;s root (simulated cluster):</source>
        <comment>@label:textbox</comment>
        <translation>Stammverzeichnis des anderen &amp;Knotens (simulierter Cluster):</translation>
    </message>
    <message>
        <source>The simulated standby node&apos;s root directory, on the same shared DASD. The drill runs the other node&apos;s actions there itself.</source>
        <comment>@info:tooltip</comment>
        <translation>Das Stammverzeichnis des simulierten Bereitschaftsknotens, auf demselben gemeinsamen DASD. Die Übung führt die Aktionen des anderen Knotens dort selbst aus.</translation>
    </message>
    <message>
        <source>On real nodes, each action on the other node is an operator step: do it there as the status says, then verify and continue. This node&apos;s checks run by themselves.</source>
        <comment>@info</comment>
        <translation>Auf echten Knoten ist jede Aktion auf dem anderen Knoten ein Bedienerschritt: Führen Sie sie dort aus, wie der Status es sagt, und wählen Sie dann „Prüfen und fortfahren“. Die Prüfungen dieses Knotens laufen von selbst.</translation>
    </message>
    <message>
        <source>Timeline of the two nodes</source>
        <comment>@label</comment>
        <translation>Zeitleiste der beiden Knoten</translation>
    </message>
    <message>
        <source>Each column is a stage of the drill, each cell the node that held the resource after it, both nodes asked. — : neither node; ? : a node could not be asked.</source>
        <comment>@info</comment>
        <translation>Jede Spalte ist eine Phase der Übung, jede Zelle der Knoten, der die Ressource danach hielt; beide Knoten wurden gefragt. — : keiner der Knoten; ? : ein Knoten konnte nicht gefragt werden.</translation>
    </message>
    <message>
        <source>Service address %1</source>
        <comment>@item:row</comment>
        <translation>Serviceadresse %1</translation>
    </message>
    <message>
        <source>Shared VG %1</source>
        <comment>@item:row</comment>
        <translation>Gemeinsame VG %1</translation>
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
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <source>neither node</source>
        <comment>@item</comment>
        <translation>keiner der Knoten</translation>
    </message>
    <message>
        <source>not known: %1 could not be asked</source>
        <comment>@item</comment>
        <translation>unbekannt: %1 konnte nicht gefragt werden</translation>
    </message>
    <message>
        <source>Where the resources are (time&amp;line):</source>
        <comment>@label</comment>
        <translation>Wo die Ressourcen sind (Zeit&amp;leiste):</translation>
    </message>
    <message>
        <source>The failover drill moves the cluster&apos;s resources from one node to the other and back. Before it begins, this is what it will interrupt:</source>
        <comment>@info</comment>
        <translation>Die Failover-Übung verlagert die Ressourcen des Clusters von einem Knoten auf den anderen und zurück. Bevor sie beginnt: Dies wird sie unterbrechen:</translation>
    </message>
    <message>
        <source>&amp;Begin the drill</source>
        <comment>@action:button</comment>
        <translation>Übung &amp;beginnen</translation>
    </message>
</context>
<context>
    <name>dceha::NetworkPage</name>
    <message>
        <source>Network</source>
        <comment>@title</comment>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>DCE must use only the HACMP service addresses: every other address of this node is excluded from its RPC (at most 10).</source>
        <comment>@subtitle</comment>
        <translation>DCE darf nur die HACMP-Serviceadressen verwenden: Alle anderen Adressen dieses Knotens werden vom DCE-RPC ausgeschlossen (höchstens 10).</translation>
    </message>
    <message>
        <source>Address</source>
        <comment>@title:column</comment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Interface</source>
        <comment>@title:column</comment>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>HACMP label</source>
        <comment>@title:column</comment>
        <translation>HACMP-Label</translation>
    </message>
    <message>
        <source>Use</source>
        <comment>@title:column</comment>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <comment>@label</comment>
        <translation>Netzwerkadapter</translation>
    </message>
    <message>
        <source>RPC_UNSUPPORTED_NETADDRS</source>
        <comment>@label</comment>
        <translation>RPC_UNSUPPORTED_NETADDRS</translation>
    </message>
    <message>
        <source>service (kept)</source>
        <comment>@item</comment>
        <translation>Service (beibehalten)</translation>
    </message>
    <message>
        <source>boot (excluded)</source>
        <comment>@item</comment>
        <translation>Boot (ausgeschlossen)</translation>
    </message>
    <message>
        <source>standby (excluded)</source>
        <comment>@item</comment>
        <translation>Standby (ausgeschlossen)</translation>
    </message>
    <message>
        <source>not this node&apos;s</source>
        <comment>@item</comment>
        <translation>nicht von diesem Knoten</translation>
    </message>
    <message>
        <source>Use of %1</source>
        <comment>@label</comment>
        <translation>Verwendung von %1</translation>
    </message>
    <message>
        <source>the other node&apos;s service (mutual takeover)</source>
        <comment>@item</comment>
        <translation>Serviceadresse des anderen Knotens (gegenseitige Übernahme)</translation>
    </message>
    <message>
        <source>Service addresses</source>
        <comment>@label</comment>
        <translation>Serviceadressen</translation>
    </message>
    <message>
        <source>Boot addresses</source>
        <comment>@label</comment>
        <translation>Bootadressen</translation>
    </message>
    <message>
        <source>Standby addresses</source>
        <comment>@label</comment>
        <translation>Standby-Adressen</translation>
    </message>
    <message>
        <source>The other node&apos;s service addresses</source>
        <comment>@label</comment>
        <translation>Serviceadressen des anderen Knotens</translation>
    </message>
</context>
<context>
    <name>dceha::PreflightPage</name>
    <message>
        <source>Pre-flight</source>
        <comment>@title</comment>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Every precondition on this node, checked before anything changes: HACMP&apos;s adapters and resource groups, the disks, the space, the major number, the media and the programs.</source>
        <comment>@subtitle</comment>
        <translation>Alle Vorbedingungen auf diesem Knoten, geprüft, bevor etwas geändert wird: die Adapter und Ressourcengruppen von HACMP, die Platten, der Speicherplatz, die Hauptnummer, das Medium und die Programme.</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>@title:column</comment>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>@title:column</comment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Finding and what the node said</source>
        <comment>@title:column</comment>
        <translation>Befund und Antwort des Knotens</translation>
    </message>
    <message>
        <source>The pre-flight&apos;s findings</source>
        <comment>@label</comment>
        <translation>Befunde der Vorabprüfung</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <comment>@action:button</comment>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Ask the node again (after freeing a disk or inserting the CD, for example)</source>
        <comment>@info:tooltip</comment>
        <translation>Den Knoten erneut fragen (zum Beispiel nach dem Freigeben einer Platte oder dem Einlegen der CD)</translation>
    </message>
    <message>
        <source>The answers are refused; nothing can run:</source>
        <comment>@info</comment>
        <translation>Die Antworten werden zurückgewiesen; es kann nichts ausgeführt werden:</translation>
    </message>
    <message>
        <source>Checking the node…</source>
        <comment>@info</comment>
        <translation>Knoten wird geprüft…</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>@item preflight result</comment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>@item preflight result</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>FAILED</source>
        <comment>@item preflight result</comment>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>seen: %1</source>
        <comment>@item</comment>
        <translation>vorgefunden: %1</translation>
    </message>
    <message>
        <source>%1 passed, %2 warning(s), %3 failed.</source>
        <comment>@info</comment>
        <translation>%1 bestanden, %2 Warnung(en), %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Go back and change the answers the failures name, or fix the node and check again; nothing has changed.</source>
        <comment>@info</comment>
        <translation>Gehen Sie zurück und ändern Sie die Antworten, die in den Fehlern genannt werden, oder beheben Sie das Problem auf dem Knoten und prüfen Sie erneut; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>dceha::ProcedureMap</name>
    <message>
        <source>&lt;b&gt;This wizard&lt;/b&gt;</source>
        <comment>@title the map&apos;s list of pages</comment>
        <translation>&lt;b&gt;Dieser Assistent&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The cluster procedure&lt;/b&gt;</source>
        <comment>@title the map&apos;s list of both nodes&apos; parts</comment>
        <translation>&lt;b&gt;Das Cluster-Verfahren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>this node</source>
        <comment>@info the node, not yet named</comment>
        <translation>dieser Knoten</translation>
    </message>
    <message>
        <source>owner node, with the standby %1 in this window</source>
        <comment>@info the node&apos;s role</comment>
        <translation>Eignerknoten, mit dem Standby-Knoten %1 in diesem Fenster</translation>
    </message>
    <message>
        <source>owner node</source>
        <comment>@info the node&apos;s role</comment>
        <translation>Eignerknoten</translation>
    </message>
    <message>
        <source>standby node</source>
        <comment>@info the node&apos;s role</comment>
        <translation>Standby-Knoten</translation>
    </message>
    <message>
        <source>Node: %1, %2, %3</source>
        <comment>@label the banner</comment>
        <translation>Knoten: %1, %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2) — DCE/DFS integration with HACMP</source>
        <comment>@title:window host (role)</comment>
        <translation>%1 (%2) — DCE/DFS-Integration mit HACMP</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>@item the node&apos;s role</comment>
        <translation>Eigner</translation>
    </message>
    <message>
        <source>standby</source>
        <comment>@item the node&apos;s role</comment>
        <translation>Standby</translation>
    </message>
    <message>
        <source>done (the owner&apos;s record)</source>
        <comment>@item a part&apos;s state</comment>
        <translation>erledigt (Protokoll des Eigners)</translation>
    </message>
    <message>
        <source>in the other node&apos;s wizard</source>
        <comment>@item a part&apos;s state</comment>
        <translation>im Assistenten des anderen Knotens</translation>
    </message>
    <message>
        <source>to do</source>
        <comment>@item a part&apos;s state</comment>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <comment>@item a part&apos;s state</comment>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>running: step %1 of %2</source>
        <comment>@item a part&apos;s state</comment>
        <translation>läuft: Schritt %1 von %2</translation>
    </message>
    <message>
        <source>failed at: %1</source>
        <comment>@item a part&apos;s state</comment>
        <translation>fehlgeschlagen bei: %1</translation>
    </message>
    <message>
        <source>done; waits for the other node</source>
        <comment>@item a part&apos;s state</comment>
        <translation>erledigt; wartet auf den anderen Knoten</translation>
    </message>
    <message>
        <source>waits for the operator: %1</source>
        <comment>@item a part&apos;s state</comment>
        <translation>wartet auf den Bediener: %1</translation>
    </message>
    <message>
        <source>done</source>
        <comment>@item a part&apos;s state</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <comment>@item a part&apos;s state</comment>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <source>Owner: shared storage, DCE/DFS, scripts, release of the shared DASD</source>
        <comment>@item a part of the procedure</comment>
        <translation>Eigner: gemeinsamer Speicher, DCE/DFS, Skripte, Freigabe der gemeinsamen DASD</translation>
    </message>
    <message>
        <source>Standby: the shared volume group, DCE/DFS, scripts</source>
        <comment>@item a part of the procedure</comment>
        <translation>Standby: die gemeinsame Datenträgergruppe, DCE/DFS, Skripte</translation>
    </message>
    <message>
        <source>Owner: the cluster starts</source>
        <comment>@item a part of the procedure</comment>
        <translation>Eigner: der Cluster startet</translation>
    </message>
    <message>
        <source>Standby: the cluster starts</source>
        <comment>@item a part of the procedure</comment>
        <translation>Standby: der Cluster startet</translation>
    </message>
    <message>
        <source>This window&apos;s node</source>
        <comment>@info:tooltip</comment>
        <translation>Der Knoten dieses Fensters</translation>
    </message>
    <message>
        <source>5. Both nodes: the failover drill (Failover test page)
    after both nodes are integrated</source>
        <comment>@item a part of the procedure</comment>
        <translation>5. Beide Knoten: die Failover-Übung (Seite Failover-Test)
    nachdem beide Knoten integriert sind</translation>
    </message>
    <message>
        <source>role not chosen yet</source>
        <comment>@info the node&apos;s role</comment>
        <translation>Rolle noch nicht gewählt</translation>
    </message>
</context>
<context>
    <name>dceha::ReviewPage</name>
    <message>
        <source>Checking the answers against the node and planning the run…</source>
        <comment>@info</comment>
        <translation>Die Antworten werden mit dem Knoten abgeglichen und der Ablauf wird geplant …</translation>
    </message>
    <message>
        <source>Checking the node</source>
        <comment>@label</comment>
        <translation>Knoten wird geprüft</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <comment>@title:window</comment>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <comment>@info</comment>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>@title</comment>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Every step with its guide reference and the exact commands and file edits. Nothing has run yet.</source>
        <comment>@subtitle</comment>
        <translation>Alle Schritte mit Verweis auf das Handbuch sowie den genauen Befehlen und Dateiänderungen. Noch wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>The plan</source>
        <comment>@label</comment>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>E&amp;xport the plan…</source>
        <comment>@action:button</comment>
        <translation>Plan e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The answers are refused; nothing can run:</source>
        <comment>@info</comment>
        <translation>Die Antworten werden zurückgewiesen; es kann nichts ausgeführt werden:</translation>
    </message>
    <message>
        <source>From the owner&apos;s record: %1</source>
        <comment>@info</comment>
        <translation>Aus dem Protokoll des Eigners: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <comment>@item</comment>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>already done</source>
        <comment>@item</comment>
        <translation>bereits erledigt</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <comment>@item</comment>
        <translation>blockiert: %1</translation>
    </message>
    <message>
        <source>Guide: %1</source>
        <comment>@item</comment>
        <translation>Handbuch: %1</translation>
    </message>
    <message>
        <source>Save the answers</source>
        <comment>@title:window</comment>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <source>Answers (*.yaml *.yml)</source>
        <comment>@item:inlistbox</comment>
        <translation>Antworten (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Save the ans&amp;wers…</source>
        <comment>@action:button</comment>
        <translation>Antworten &amp;speichern…</translation>
    </message>
    <message>
        <source>The answers of these pages as a file: for a headless run (--answers) or to come back to them later. No password is in it.</source>
        <comment>@info:tooltip</comment>
        <translation>Die Antworten dieser Seiten als Datei: für eine Ausführung ohne Oberfläche (--answers) oder um später darauf zurückzukommen. Sie enthält kein Kennwort.</translation>
    </message>
    <message>
        <source>Every step with its guide reference and what is left to do: the exact commands and file edits, and the steps the run in progress has done. %1</source>
        <comment>@subtitle</comment>
        <translation>Jeder Schritt mit seinem Verweis auf das Handbuch und was noch zu tun ist: die genauen Befehle und Dateiänderungen, und die Schritte, die die laufende Ausführung erledigt hat. %1</translation>
    </message>
    <message>
        <source>These answers differ from those of the run in progress on this node, but no step&apos;s inputs changed: every done step stays done.</source>
        <comment>@info</comment>
        <translation>Diese Antworten weichen von denen der laufenden Ausführung auf diesem Knoten ab, aber die Eingaben keines Schritts haben sich geändert: Jeder erledigte Schritt bleibt erledigt.</translation>
    </message>
    <message>
        <source>These answers differ from those of the run in progress on this node: only the steps whose inputs changed run again (%1); the other done steps stay done.</source>
        <comment>@info</comment>
        <translation>Diese Antworten weichen von denen der laufenden Ausführung auf diesem Knoten ab: Nur die Schritte, deren Eingaben sich geändert haben, laufen erneut (%1); die übrigen erledigten Schritte bleiben erledigt.</translation>
    </message>
</context>
<context>
    <name>dceha::RunController</name>
    <message>
        <source>%1. The run stopped there: nothing further was done. Fix the cause (free space, a writable state directory), then run again: it resumes from the last saved step.</source>
        <comment>@info</comment>
        <translation>%1. Die Ausführung wurde an dieser Stelle angehalten: Es wurde nichts weiter ausgeführt. Beheben Sie die Ursache (freier Speicherplatz, ein beschreibbares Statusverzeichnis) und führen Sie den Assistenten dann erneut aus: Die Ausführung wird ab dem zuletzt gespeicherten Schritt fortgesetzt.</translation>
    </message>
    <message>
        <source>Stopped by %1 after its current command. The checkpoint keeps everything done; open the wizard again to resume: the interrupted step is probed and finished.</source>
        <comment>@info</comment>
        <translation>Durch %1 nach dem laufenden Befehl angehalten. Der Prüfpunkt bewahrt alles bereits Erledigte; öffnen Sie den Assistenten erneut, um fortzufahren: Der unterbrochene Schritt wird geprüft und zu Ende geführt.</translation>
    </message>
    <message>
        <source>standby: %1</source>
        <comment>@item preflight check of the other node</comment>
        <translation>Standby: %1</translation>
    </message>
    <message>
        <source>standby: </source>
        <comment>@item prefix of the other node&apos;s problem</comment>
        <translation>Standby: </translation>
    </message>
    <message>
        <source>Waits for the other node: its part runs now; this is checked on it after.</source>
        <comment>@info</comment>
        <translation>Wartet auf den anderen Knoten: dessen Teil läuft jetzt; danach wird dies auf ihm geprüft.</translation>
    </message>
    <message>
        <source>— %1 (part %2)</source>
        <comment>@info the node whose steps run now</comment>
        <translation>— %1 (Teil %2)</translation>
    </message>
</context>
<context>
    <name>dceha::RunLog</name>
    <message>
        <source>%1 ms</source>
        <comment>@item duration</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>@item duration</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <comment>@item the run log&apos;s step row</comment>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>1 line</source>
        <comment>@item</comment>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <comment>@item more than one</comment>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@item standard output or error (its line count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>… %1 more lines: the record keeps all of them</source>
        <comment>@item</comment>
        <translation>… %1 weitere Zeilen: das Protokoll bewahrt sie alle</translation>
    </message>
    <message>
        <source>exit %1</source>
        <comment>@item a command&apos;s exit status</comment>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>Ran %1</source>
        <comment>@info:tooltip</comment>
        <translation>Ausgeführt: %1</translation>
    </message>
    <message>
        <source>standard input: %1</source>
        <comment>@item</comment>
        <translation>Standardeingabe: %1</translation>
    </message>
    <message>
        <source>standard output</source>
        <comment>@item</comment>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>standard error</source>
        <comment>@item</comment>
        <translation>Standardfehler</translation>
    </message>
    <message>
        <source>(backup %1)</source>
        <comment>@item</comment>
        <translation>(Sicherung %1)</translation>
    </message>
</context>
<context>
    <name>dceha::RunPage</name>
    <message>
        <source>Run</source>
        <comment>@title</comment>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>The steps run one by one; the run can be stopped and resumed at any time.</source>
        <comment>@subtitle</comment>
        <translation>Die Schritte werden nacheinander ausgeführt; die Ausführung kann jederzeit angehalten und fortgesetzt werden.</translation>
    </message>
    <message>
        <source>This node&apos;s record is saved as %1.yaml: give it to the wizard on the standby node as the owner node&apos;s record.</source>
        <comment>@info</comment>
        <translation>Das Protokoll dieses Knotens ist als %1.yaml gespeichert: Übergeben Sie es dem Assistenten auf dem Standby-Knoten als Protokoll des Eignerknotens.</translation>
    </message>
    <message>
        <source>The simulated cluster&apos;s standby node, in a second window, with this node&apos;s record.</source>
        <comment>@info:tooltip</comment>
        <translation>Der Standby-Knoten des simulierten Clusters, in einem zweiten Fenster, mit dem Protokoll dieses Knotens.</translation>
    </message>
    <message>
        <source>Open the stan&amp;dby node&apos;s wizard</source>
        <comment>@action:button</comment>
        <translation>Assistenten des Standby-&amp;Knotens öffnen</translation>
    </message>
    <message>
        <source>The cell_admin password is needed</source>
        <comment>@title:window</comment>
        <translation>Das Kennwort für cell_admin wird benötigt</translation>
    </message>
    <message>
        <source>Before anything runs on the two nodes (the owner %1, the standby %2), this is what the run will destroy and interrupt:</source>
        <comment>@info</comment>
        <translation>Bevor auf den beiden Knoten etwas läuft (Eigner %1, Standby %2): Dies wird die Ausführung zerstören und unterbrechen:</translation>
    </message>
    <message>
        <source>Before anything runs on %1, this is what the run will destroy and interrupt:</source>
        <comment>@info</comment>
        <translation>Bevor auf %1 etwas läuft: Dies wird die Ausführung zerstören und unterbrechen:</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <comment>@action:button</comment>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; needs the cell_admin password. Type it on the page &quot;%2&quot; (Back), then begin: it is kept in memory only, for this run.</source>
        <comment>@info</comment>
        <translation>Der Schritt „%1“ benötigt das Kennwort für cell_admin. Geben Sie es auf der Seite „%2“ ein (Zurück) und beginnen Sie dann: Es wird nur im Speicher gehalten, für diese Ausführung.</translation>
    </message>
</context>
<context>
    <name>dceha::RunView</name>
    <message>
        <source>Stopping after the current step…</source>
        <comment>@info</comment>
        <translation>Wird nach dem aktuellen Schritt angehalten…</translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>@label</comment>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Progress</source>
        <comment>@label</comment>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Command output</source>
        <comment>@label</comment>
        <translation>Befehlsausgabe</translation>
    </message>
    <message>
        <source>&amp;Verify and continue</source>
        <comment>@action:button</comment>
        <translation>&amp;Prüfen und fortfahren</translation>
    </message>
    <message>
        <source>Checks the operator step&apos;s result, then continues the run.</source>
        <comment>@info:tooltip</comment>
        <translation>Prüft das Ergebnis des Bedienerschritts und setzt dann die Ausführung fort.</translation>
    </message>
    <message>
        <source>S&amp;top after this step</source>
        <comment>@action:button</comment>
        <translation>Nach diesem Schritt &amp;anhalten</translation>
    </message>
    <message>
        <source>The step under way finishes; the checkpoint keeps everything, and Resume continues.</source>
        <comment>@info:tooltip</comment>
        <translation>Der laufende Schritt wird noch beendet; der Prüfpunkt bewahrt alles, und „Fortsetzen“ setzt die Ausführung fort.</translation>
    </message>
    <message>
        <source>done</source>
        <comment>@item step status</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>already done</source>
        <comment>@item step status</comment>
        <translation>bereits erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>@item step status</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>waiting for the operator</source>
        <comment>@item step status</comment>
        <translation>wartet auf den Bediener</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>@item step status</comment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>running</source>
        <comment>@item step status</comment>
        <translation>läuft</translation>
    </message>
    <message>
        <source>interrupted, to be resumed</source>
        <comment>@item step status</comment>
        <translation>unterbrochen, wird fortgesetzt</translation>
    </message>
    <message>
        <source>to do</source>
        <comment>@item step status</comment>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <comment>@action:button</comment>
        <translation>&amp;Noch einmal ausführen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <comment>@action:button</comment>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <comment>@action:button</comment>
        <translation>Fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <comment>@action:button</comment>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <comment>@info</comment>
        <translation>Wird ausgeführt: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <comment>@info</comment>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Complete: every step is done.</source>
        <comment>@info</comment>
        <translation>Abgeschlossen: Alle Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed: its command and output are below. Fix the cause, then retry.</source>
        <comment>@info</comment>
        <translation>Der Schritt „%1“ ist fehlgeschlagen: Befehl und Ausgabe stehen unten. Beheben Sie die Ursache und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Waiting for an operator step (%1): do what it says, then verify.</source>
        <comment>@info</comment>
        <translation>Warten auf einen Bedienerschritt (%1): Führen Sie die Anweisungen aus und wählen Sie dann „Prüfen und fortfahren“.</translation>
    </message>
    <message>
        <source>Another dce-ha-wizard holds this node&apos;s state directory.</source>
        <comment>@info</comment>
        <translation>Ein anderer dce-ha-wizard belegt das Statusverzeichnis dieses Knotens.</translation>
    </message>
    <message>
        <source>Stopped. The checkpoint keeps every step done; Resume continues from here.</source>
        <comment>@info</comment>
        <translation>Angehalten. Der Prüfpunkt bewahrt alle erledigten Schritte; „Fortsetzen“ macht hier weiter.</translation>
    </message>
    <message>
        <source>Nothing has run yet. Start runs the plan of the review page.</source>
        <comment>@info</comment>
        <translation>Noch wurde nichts ausgeführt. „Starten“ führt den Plan der Überprüfungsseite aus.</translation>
    </message>
    <message>
        <source>Refused before anything ran, nothing was changed: the reason is below.</source>
        <comment>@info</comment>
        <translation>Abgelehnt, bevor etwas ausgeführt wurde; nichts wurde geändert: Der Grund steht unten.</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>@item the node a step runs on</comment>
        <translation>Eigner</translation>
    </message>
    <message>
        <source>standby</source>
        <comment>@item the node a step runs on</comment>
        <translation>Standby</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@item node: step title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 elapsed</source>
        <comment>@info</comment>
        <translation>Schritt %1 von %2 · %3 vergangen</translation>
    </message>
    <message>
        <source>%1 of %2 steps done · the last run took %3</source>
        <comment>@info</comment>
        <translation>%1 von %2 Schritten erledigt · die letzte Ausführung dauerte %3</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <comment>@info</comment>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <source>A run is in progress on this node: Resume goes on with the plan of the review page (the steps done stay done).</source>
        <comment>@info</comment>
        <translation>Auf diesem Knoten ist eine Ausführung im Gange: „Fortsetzen“ macht mit dem Plan der Überprüfungsseite weiter (erledigte Schritte bleiben erledigt).</translation>
    </message>
</context>
<context>
    <name>dceha::ScriptsPage</name>
    <message>
        <source>Application server scripts</source>
        <comment>@title</comment>
        <translation>Anwendungsserver-Scripts</translation>
    </message>
    <message>
        <source>HACMP starts and stops DCE (and DFS) through these scripts; the same path on both nodes.</source>
        <comment>@subtitle</comment>
        <translation>HACMP startet und stoppt DCE (und DFS) über diese Scripts; auf beiden Knoten unter demselben Pfad.</translation>
    </message>
    <message>
        <source>Scripts &amp;directory:</source>
        <comment>@label</comment>
        <translation>Script-&amp;Verzeichnis:</translation>
    </message>
    <message>
        <source>Scripts directory</source>
        <comment>@label</comment>
        <translation>Script-Verzeichnis</translation>
    </message>
    <message>
        <source>Application &amp;server:</source>
        <comment>@label</comment>
        <translation>Anwendungs&amp;server:</translation>
    </message>
    <message>
        <source>Application server name</source>
        <comment>@label</comment>
        <translation>Name des Anwendungsservers</translation>
    </message>
    <message>
        <source>&amp;Register it with HACMP (claddserv) before the cluster start</source>
        <comment>@option:check</comment>
        <translation>Vor dem Clusterstart bei HACMP &amp;registrieren (claddserv)</translation>
    </message>
    <message>
        <source>Also install node_down post-event and node_up pre-event &amp;wrappers</source>
        <comment>@option:check</comment>
        <translation>Zusätzlich Wrapper für node_down-Post-Event und node_up-Pre-Event &amp;installieren</translation>
    </message>
    <message>
        <source>Your applications, started after DCE/DFS and stopped before</source>
        <comment>@label</comment>
        <translation>Ihre Anwendungen, nach DCE/DFS gestartet und davor gestoppt</translation>
    </message>
    <message>
        <source>Your a&amp;pplications (started after DCE/DFS, stopped before; programs by full path):</source>
        <comment>@label</comment>
        <translation>Ihre &amp;Anwendungen (nach DCE/DFS gestartet, davor gestoppt; Programme mit vollständigem Pfad):</translation>
    </message>
    <message>
        <source>The other node&apos;s application server name</source>
        <comment>@label</comment>
        <translation>Name des Anwendungsservers des anderen Knotens</translation>
    </message>
    <message>
        <source>Mutual takeover: each node&apos;s resource group has its own application server; this node runs the other node&apos;s after taking its resource group over.</source>
        <comment>@info:tooltip</comment>
        <translation>Gegenseitige Übernahme: Die Ressourcengruppe jedes Knotens hat ihren eigenen Anwendungsserver; dieser Knoten führt den des anderen aus, nachdem er dessen Ressourcengruppe übernommen hat.</translation>
    </message>
    <message>
        <source>The other node&apos;s applications</source>
        <comment>@label</comment>
        <translation>Die Anwendungen des anderen Knotens</translation>
    </message>
    <message>
        <source>The other node&apos;s application serv&amp;er:</source>
        <comment>@label</comment>
        <translation>Anwendun&amp;gsserver des anderen Knotens:</translation>
    </message>
    <message>
        <source>Add appli&amp;cation</source>
        <comment>@action:button</comment>
        <translation>Anwendung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve application</source>
        <comment>@action:button</comment>
        <translation>Anwendung en&amp;tfernen</translation>
    </message>
    <message>
        <source>The other node&apos;s appl&amp;ications, which this node starts when it takes the other node&apos;s resource group over (programs by full path):</source>
        <comment>@label</comment>
        <translation>Die Anw&amp;endungen des anderen Knotens, die dieser Knoten startet, wenn er dessen Ressourcengruppe übernimmt (Programme mit vollständigem Pfad):</translation>
    </message>
    <message>
        <source>Add an application of the o&amp;ther node</source>
        <comment>@action:button</comment>
        <translation>Anwendung des anderen &amp;Knotens hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move an application of the other node</source>
        <comment>@action:button</comment>
        <translation>Anwendung des anderen Kn&amp;otens entfernen</translation>
    </message>
    <message>
        <source>Application server</source>
        <comment>@label</comment>
        <translation>Anwendungsserver</translation>
    </message>
    <message>
        <source>The other node&apos;s application server</source>
        <comment>@label</comment>
        <translation>Anwendungsserver des anderen Knotens</translation>
    </message>
</context>
<context>
    <name>dceha::StoragePage</name>
    <message>
        <source>Shared storage</source>
        <comment>@title</comment>
        <translation>Gemeinsam genutzter Speicher</translation>
    </message>
    <message>
        <source>/var/dce, /etc/dce and /krb5 on shared DASD, in a volume group HACMP varies on; every name non-default, so the standby&apos;s importvg keeps it.</source>
        <comment>@subtitle</comment>
        <translation>/var/dce, /etc/dce und /krb5 auf Shared DASD, in einer Datenträgergruppe, die HACMP aktiviert; keine Standardnamen, damit importvg auf dem Standby-Knoten alle Namen beibehält.</translation>
    </message>
    <message>
        <source>Shared &amp;volume group:</source>
        <comment>@label</comment>
        <translation>Gemeinsam genutzte &amp;Datenträgergruppe:</translation>
    </message>
    <message>
        <source>Shared volume group</source>
        <comment>@label</comment>
        <translation>Gemeinsam genutzte Datenträgergruppe</translation>
    </message>
    <message>
        <source>Shared &amp;disks:</source>
        <comment>@label</comment>
        <translation>Gemeinsam genutzte &amp;Platten:</translation>
    </message>
    <message>
        <source>Shared disks</source>
        <comment>@label</comment>
        <translation>Gemeinsam genutzte Platten</translation>
    </message>
    <message>
        <source>A shared disk shows the same PVID on both nodes (compare with lspv on the other node); disks in a local volume group cannot be chosen.</source>
        <comment>@info</comment>
        <translation>Eine gemeinsam genutzte Platte zeigt auf beiden Knoten dieselbe PVID (vergleichen Sie mit lspv auf dem anderen Knoten); Platten in einer lokalen Datenträgergruppe können nicht ausgewählt werden.</translation>
    </message>
    <message>
        <source>&amp;JFS log:</source>
        <comment>@label</comment>
        <translation>&amp;JFS-Log:</translation>
    </message>
    <message>
        <source>JFS log</source>
        <comment>@label</comment>
        <translation>JFS-Log</translation>
    </message>
    <message>
        <source>Mount point</source>
        <comment>@title:column</comment>
        <translation>Mountpunkt</translation>
    </message>
    <message>
        <source>Logical volume</source>
        <comment>@title:column</comment>
        <translation>Logischer Datenträger</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <comment>@title:column</comment>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <source>Shared filesystems</source>
        <comment>@label</comment>
        <translation>Gemeinsam genutzte Dateisysteme</translation>
    </message>
    <message>
        <source>%1  PVID %2  (in no volume group)</source>
        <comment>@item</comment>
        <translation>%1  PVID %2  (in keiner Datenträgergruppe)</translation>
    </message>
    <message>
        <source>%1  PVID %2  (in %3)</source>
        <comment>@item</comment>
        <translation>%1  PVID %2  (in %3)</translation>
    </message>
    <message>
        <source>%1  PVID %2  (in the local volume group %3)</source>
        <comment>@item</comment>
        <translation>%1  PVID %2  (in der lokalen Datenträgergruppe %3)</translation>
    </message>
    <message>
        <source>%1 exists on this node: %2 MB free of %3 MB. The filesystems ask for %4 MB.</source>
        <comment>@info</comment>
        <translation>%1 ist auf diesem Knoten vorhanden: %2 MB von %3 MB frei. Die Dateisysteme benötigen %4 MB.</translation>
    </message>
    <message>
        <source>The filesystems ask for %1 MB on the shared disks (%2 is made by the run).</source>
        <comment>@info</comment>
        <translation>Die Dateisysteme benötigen %1 MB auf den gemeinsam genutzten Platten (%2 wird bei der Ausführung erstellt).</translation>
    </message>
    <message>
        <source>The run imports %1 from the shared disks once the owner node has released them; the names must be the owner&apos;s.</source>
        <comment>@info</comment>
        <translation>Die Ausführung importiert %1 von den gemeinsam genutzten Platten, sobald der Eignerknoten sie freigegeben hat; die Namen müssen die des Eigners sein.</translation>
    </message>
    <message>
        <source>Volume group</source>
        <comment>@label</comment>
        <translation>Datenträgergruppe</translation>
    </message>
    <message>
        <source>Disks</source>
        <comment>@label</comment>
        <translation>Platten</translation>
    </message>
    <message>
        <source>PP size</source>
        <comment>@label</comment>
        <translation>PP-Größe</translation>
    </message>
    <message>
        <source>Major number</source>
        <comment>@label</comment>
        <translation>Hauptnummer</translation>
    </message>
    <message>
        <source>&amp;PP size (MB):</source>
        <comment>@label</comment>
        <translation>PP-&amp;Größe (MB):</translation>
    </message>
    <message>
        <source>PP size (MB)</source>
        <comment>@label</comment>
        <translation>PP-Größe (MB)</translation>
    </message>
    <message>
        <source>mkvg -s: the physical partition size; LVM tracks at most 1016 partitions a disk.</source>
        <comment>@info:tooltip</comment>
        <translation>mkvg -s: die Größe der physischen Partitionen; LVM verwaltet höchstens 1016 Partitionen je Platte.</translation>
    </message>
    <message>
        <source>&amp;Major number:</source>
        <comment>@label</comment>
        <translation>&amp;Major-Nummer:</translation>
    </message>
    <message>
        <source>0: the lowest free on this node</source>
        <comment>@item the major number&apos;s special value</comment>
        <translation>0: die niedrigste freie auf diesem Knoten</translation>
    </message>
    <message>
        <source>mkvg -V: the same major number must be free on both nodes, so that importvg on the standby keeps it (lvlstmajor lists the free ones).</source>
        <comment>@info:tooltip</comment>
        <translation>mkvg -V: Dieselbe Major-Nummer muss auf beiden Knoten frei sein, damit importvg auf dem Standby-Knoten sie beibehält (lvlstmajor listet die freien).</translation>
    </message>
</context>
<context>
    <name>dceha::SummaryPage</name>
    <message>
        <source>Export the record</source>
        <comment>@title:window</comment>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <comment>@info</comment>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>@title</comment>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <comment>@action:button</comment>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <comment>@action:button</comment>
        <translation>&amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;YAML…</source>
        <comment>@action:button</comment>
        <translation>&amp;YAML exportieren…</translation>
    </message>
    <message>
        <source>Export re&amp;play script…</source>
        <comment>@action:button</comment>
        <translation>&amp;Replay-Script exportieren…</translation>
    </message>
    <message>
        <source>&amp;Open the HTML record</source>
        <comment>@action:button</comment>
        <translation>HTML-&amp;Protokoll öffnen</translation>
    </message>
    <message>
        <source>The record is saved as %1 (.yaml and .html).</source>
        <comment>@info</comment>
        <translation>Das Protokoll ist als %1 gespeichert (.yaml und .html).</translation>
    </message>
    <message>
        <source>Every step of the owner node is done: the standby node is integrated, and this node&apos;s cluster manager runs DCE/DFS under HACMP&apos;s control.</source>
        <comment>@info</comment>
        <translation>Alle Schritte des Eignerknotens sind erledigt: Der Standby-Knoten ist integriert, und der Cluster-Manager dieses Knotens führt DCE/DFS unter der Kontrolle von HACMP aus.</translation>
    </message>
    <message>
        <source>Every step of the standby node is done and its cluster manager runs: both nodes are integrated.</source>
        <comment>@info</comment>
        <translation>Alle Schritte des Standby-Knotens sind erledigt, und sein Cluster-Manager läuft: Beide Knoten sind integriert.</translation>
    </message>
    <message>
        <source>The result of the run, its record, and what comes next.</source>
        <comment>@subtitle</comment>
        <translation>Das Ergebnis der Ausführung, ihr Protokoll und die nächsten Schritte.</translation>
    </message>
    <message>
        <source>Next: on the standby node, verify and continue its waiting step: it starts its cluster manager once this node&apos;s is up. Then test the failover before production: Next leads to the failover test, run from this node.</source>
        <comment>@info</comment>
        <translation>Als Nächstes: Auf dem Bereitschaftsknoten den wartenden Schritt prüfen und fortfahren: Er startet seinen Cluster-Manager, sobald der dieses Knotens läuft. Testen Sie dann vor dem Produktivbetrieb den Failover: „Weiter“ führt zum Failover-Test, der von diesem Knoten aus läuft.</translation>
    </message>
    <message>
        <source>Next: test the failover before production, from the owner node&apos;s wizard (its Failover test page, or dce-ha-wizard --drill there). Keep both nodes&apos; records with the change ticket.</source>
        <comment>@info</comment>
        <translation>Als Nächstes: Testen Sie vor dem Produktivbetrieb den Failover vom Assistenten des Eigentümerknotens aus (seine Seite „Failover-Test“ oder dort dce-ha-wizard --drill). Bewahren Sie die Protokolle beider Knoten beim Änderungsticket auf.</translation>
    </message>
    <message>
        <source>What changed on the node (the record keeps every command and its output):</source>
        <comment>@label</comment>
        <translation>Was sich auf dem Knoten geändert hat (das Protokoll bewahrt jeden Befehl und seine Ausgabe):</translation>
    </message>
    <message>
        <source>What changed on the node</source>
        <comment>@label</comment>
        <translation>Was sich auf dem Knoten geändert hat</translation>
    </message>
    <message>
        <source>Files edited (with their backups)</source>
        <comment>@item</comment>
        <translation>Geänderte Dateien (mit ihren Sicherungen)</translation>
    </message>
    <message>
        <source>Scripts written</source>
        <comment>@item</comment>
        <translation>Geschriebene Skripte</translation>
    </message>
    <message>
        <source>Directories, links and modes</source>
        <comment>@item</comment>
        <translation>Verzeichnisse, Links und Zugriffsrechte</translation>
    </message>
    <message>
        <source>Volume groups</source>
        <comment>@item</comment>
        <translation>Datenträgergruppen</translation>
    </message>
    <message>
        <source>Logical volumes and logs</source>
        <comment>@item</comment>
        <translation>Logische Datenträger und Logs</translation>
    </message>
    <message>
        <source>Filesystems</source>
        <comment>@item</comment>
        <translation>Dateisysteme</translation>
    </message>
    <message>
        <source>DCE and DFS</source>
        <comment>@item</comment>
        <translation>DCE und DFS</translation>
    </message>
    <message>
        <source>HACMP and the node</source>
        <comment>@item</comment>
        <translation>HACMP und der Knoten</translation>
    </message>
    <message>
        <source>Nothing: every step found its work already there.</source>
        <comment>@item</comment>
        <translation>Nichts: Jeder Schritt fand seine Arbeit bereits erledigt vor.</translation>
    </message>
</context>
<context>
    <name>dceha::WelcomePage</name>
    <message>
        <source>Answers file</source>
        <comment>@title:window</comment>
        <translation>Antwortdatei</translation>
    </message>
    <message>
        <source>Answers (*.yaml *.yml)</source>
        <comment>@item:inlistbox</comment>
        <translation>Antworten (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Owner node&apos;s record</source>
        <comment>@title:window</comment>
        <translation>Protokoll des Eignerknotens</translation>
    </message>
    <message>
        <source>Records (*.yaml *.yml)</source>
        <comment>@item:inlistbox</comment>
        <translation>Protokolle (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Integrate DCE and DFS with HACMP</source>
        <comment>@title</comment>
        <translation>DCE und DFS in HACMP integrieren</translation>
    </message>
    <message>
        <source>The steps of chapter 3 of the IBM guide, on this node, in order, each checked before and after.</source>
        <comment>@subtitle</comment>
        <translation>Die Schritte aus Kapitel 3 des IBM-Handbuchs, auf diesem Knoten, der Reihe nach, jeweils vorher und nachher geprüft.</translation>
    </message>
    <message>
        <source>The wizard walks the highest-priority (owner) node or the standby/takeover node through the integration: shared volume group and filesystems, RPC_UNSUPPORTED_NETADDRS, the DFS cache, DCE/DFS installation and configuration, the application server scripts, and the release of the shared DASD. You see the whole plan before anything runs; an interrupted run resumes where it stopped.</source>
        <comment>@info</comment>
        <translation>Der Assistent führt den Knoten mit der höchsten Priorität (Eigner) oder den Standby-/Übernahmeknoten durch die Integration: gemeinsam genutzte Datenträgergruppe und Dateisysteme, RPC_UNSUPPORTED_NETADDRS, DFS-Cache, Installation und Konfiguration von DCE/DFS, die Anwendungsserver-Scripts und die Freigabe der Shared DASD. Sie sehen den vollständigen Plan, bevor irgendetwas ausgeführt wird; eine unterbrochene Ausführung wird dort fortgesetzt, wo sie angehalten wurde.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <comment>@label</comment>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label</comment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Answers file (empty: choose on the next page):</source>
        <comment>@label</comment>
        <translation>&amp;Antwortdatei (leer: auf der nächsten Seite auswählen):</translation>
    </message>
    <message>
        <source>Answers file</source>
        <comment>@label</comment>
        <translation>Antwortdatei</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <comment>@action:button</comment>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the answers file</source>
        <comment>@action:button</comment>
        <translation>Antwortdatei suchen</translation>
    </message>
    <message>
        <source>&amp;Owner node&apos;s record (on the standby node, from the owner&apos;s run):</source>
        <comment>@label</comment>
        <translation>Protokoll des &amp;Eignerknotens (auf dem Standby-Knoten, aus der Ausführung auf dem Eigner):</translation>
    </message>
    <message>
        <source>Owner node&apos;s record</source>
        <comment>@label</comment>
        <translation>Protokoll des Eignerknotens</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <comment>@action:button</comment>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the owner node&apos;s record</source>
        <comment>@action:button</comment>
        <translation>Protokoll des Eignerknotens suchen</translation>
    </message>
    <message>
        <source>A run was started on this node</source>
        <comment>@title:group</comment>
        <translation>Auf diesem Knoten wurde bereits eine Ausführung begonnen</translation>
    </message>
    <message>
        <source>&amp;Resume it with its answers, where it stopped</source>
        <comment>@option:radio</comment>
        <translation>Mit ihren Antworten dort f&amp;ortsetzen, wo sie angehalten wurde</translation>
    </message>
    <message>
        <source>S&amp;tart over (its checkpoint is kept aside; work already on the node is recognised)</source>
        <comment>@option:radio</comment>
        <translation>Von vorn &amp;beginnen (ihr Prüfpunkt wird beiseitegelegt; bereits auf dem Knoten erledigte Arbeit wird erkannt)</translation>
    </message>
    <message>
        <source>The checkpoint cannot be read; choose Start over.</source>
        <comment>@info</comment>
        <translation>Der Prüfpunkt kann nicht gelesen werden; wählen Sie „Von vorn beginnen“.</translation>
    </message>
    <message>
        <source>The checkpoint cannot be set aside: another dce-ha-wizard holds this node&apos;s state directory.</source>
        <comment>@info</comment>
        <translation>Der Prüfpunkt kann nicht beiseitegelegt werden: Ein anderer dce-ha-wizard belegt das Statusverzeichnis dieses Knotens.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <comment>@info</comment>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Simulated AIX node in %1: the commands run against the simulator, no real system is changed.</source>
        <comment>@info</comment>
        <translation>Simulierter AIX-Knoten in %1: Die Befehle laufen gegen den Simulator, kein echtes System wird verändert.</translation>
    </message>
    <message>
        <source>The commands run on this AIX node (root %1) and change it.</source>
        <comment>@info</comment>
        <translation>Die Befehle laufen auf diesem AIX-Knoten (Root %1) und verändern ihn.</translation>
    </message>
    <message>
        <source>The standby node&apos;s answers</source>
        <comment>@title:window</comment>
        <translation>Die Antworten des Standby-Knotens</translation>
    </message>
    <message>
        <source>Both nodes in this window</source>
        <comment>@option:check</comment>
        <translation>Beide Knoten in diesem Fenster</translation>
    </message>
    <message>
        <source>Standb&amp;y node&apos;s answers (empty: the demo&apos;s for its configuration):</source>
        <comment>@label</comment>
        <translation>Antworten des Standb&amp;y-Knotens (leer: die der Demo für ihre Konfiguration):</translation>
    </message>
    <message>
        <source>Standb&amp;y node&apos;s answers:</source>
        <comment>@label</comment>
        <translation>Antworten des Standb&amp;y-Knotens:</translation>
    </message>
    <message>
        <source>Standby node&apos;s answers file</source>
        <comment>@label</comment>
        <translation>Antwortdatei des Standby-Knotens</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <comment>@action:button standby answers</comment>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>Browse for the standby node&apos;s answers file</source>
        <comment>@action:button</comment>
        <translation>Antwortdatei des Standby-Knotens suchen</translation>
    </message>
    <message>
        <source>Both nodes &amp;in this window: this node as the owner, then the standby at %1</source>
        <comment>@option:check</comment>
        <translation>Beide &amp;Knoten in diesem Fenster: dieser Knoten als Eigner, danach der Standby-Knoten unter %1</translation>
    </message>
    <message>
        <source>Remote node %1: the commands run there over SSH and change it%2; the checkpoint, the record and the log stay on this workstation.</source>
        <comment>@info</comment>
        <translation>Entfernter Knoten %1: die Befehle laufen dort über SSH und ändern ihn%2; Prüfpunkt, Protokoll und Log bleiben auf diesem Arbeitsplatzrechner.</translation>
    </message>
    <message>
        <source> (its simulated node)</source>
        <comment>@info</comment>
        <translation> (seinen simulierten Knoten)</translation>
    </message>
    <message>
        <source>No&amp;de to integrate, over SSH (empty: %1):</source>
        <comment>@label</comment>
        <translation>Zu inte&amp;grierender Knoten, über SSH (leer: %1):</translation>
    </message>
    <message>
        <source>the simulated node</source>
        <comment>@label</comment>
        <translation>der simulierte Knoten</translation>
    </message>
    <message>
        <source>this machine</source>
        <comment>@label</comment>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>Address of the node to integrate</source>
        <comment>@label</comment>
        <translation>Adresse des zu integrierenden Knotens</translation>
    </message>
    <message>
        <source>Address of the other node</source>
        <comment>@label</comment>
        <translation>Adresse des anderen Knotens</translation>
    </message>
    <message>
        <source>Standby node, o&amp;ver SSH:</source>
        <comment>@label</comment>
        <translation>Standby-Knoten, über SSH (&amp;Partner):</translation>
    </message>
</context>
<context>
    <name>dceha::WizardModel</name>
    <message>
        <source>%1 is the record of a %2 node, not of the owner</source>
        <comment>@info</comment>
        <translation>%1 ist das Protokoll eines Knotens mit der Rolle %2, nicht des Eigners</translation>
    </message>
    <message>
        <source>must agree with the owner node: %1</source>
        <comment>@info</comment>
        <translation>muss mit dem Eignerknoten übereinstimmen: %1</translation>
    </message>
    <message>
        <source>The integration of this node is complete (%1, %2): all %3 steps done.</source>
        <comment>@info</comment>
        <translation>Die Integration dieses Knotens ist abgeschlossen (%1, %2): alle %3 Schritte erledigt.</translation>
    </message>
    <message>
        <source>A run is in progress on this node (%1, %2): %3 of %4 steps done.</source>
        <comment>@info</comment>
        <translation>Auf diesem Knoten ist eine Ausführung im Gange (%1, %2): %3 von %4 Schritten erledigt.</translation>
    </message>
    <message>
        <source>%1 is not a file (a directory, a FIFO or a dangling symbolic link)</source>
        <comment>@info</comment>
        <translation>%1 ist keine Datei (ein Verzeichnis, ein FIFO oder ein ins Leere zeigender symbolischer Link)</translation>
    </message>
    <message>
        <source>A run&apos;s checkpoint cannot be used: %1. Move it away by hand, then open the wizard again.</source>
        <comment>@info</comment>
        <translation>Der Prüfpunkt einer Ausführung ist nicht verwendbar: %1. Verschieben Sie ihn von Hand und öffnen Sie den Assistenten dann erneut.</translation>
    </message>
    <message>
        <source>A run&apos;s checkpoint cannot be used: %1. Starting over keeps it aside, beside itself; the work already on the node is recognised, not redone.</source>
        <comment>@info</comment>
        <translation>Der Prüfpunkt einer Ausführung ist nicht verwendbar: %1. Ein Neubeginn bewahrt ihn daneben auf; die bereits auf dem Knoten erledigte Arbeit wird erkannt und nicht wiederholt.</translation>
    </message>
    <message>
        <source>cell_admin password</source>
        <comment>@title:window</comment>
        <translation>Kennwort für cell_admin</translation>
    </message>
    <message>
        <source>The DCE configuration needs the cell_admin password.
It goes to mkdce on its standard input and is never stored.</source>
        <comment>@label</comment>
        <translation>Die DCE-Konfiguration benötigt das Kennwort von cell_admin.
Es wird mkdce über die Standardeingabe übergeben und nie gespeichert.</translation>
    </message>
    <message>
        <source>role: both nodes in this window start from the owner node&apos;s answers</source>
        <comment>@info</comment>
        <translation>role: beide Knoten in diesem Fenster beginnen mit den Antworten des Eignerknotens</translation>
    </message>
    <message>
        <source>the standby&apos;s answers are needed: choose its answers file on the welcome page</source>
        <comment>@info</comment>
        <translation>die Antworten des Standby-Knotens werden gebraucht: seine Antwortdatei auf der Begrüßungsseite wählen</translation>
    </message>
    <message>
        <source>standby: must agree with the owner node: %1</source>
        <comment>@info</comment>
        <translation>Standby: muss mit dem Eignerknoten übereinstimmen: %1</translation>
    </message>
    <message>
        <source>standby: %1</source>
        <comment>@info the standby&apos;s answer problem</comment>
        <translation>Standby: %1</translation>
    </message>
    <message>
        <source>the node to integrate</source>
        <comment>@info</comment>
        <translation>der zu integrierende Knoten</translation>
    </message>
    <message>
        <source>the standby node</source>
        <comment>@info</comment>
        <translation>der Standby-Knoten</translation>
    </message>
    <message>
        <source>The address of %1 is refused: %2</source>
        <comment>@info</comment>
        <translation>Die Adresse von %1 wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be reached; nothing was changed: %3</source>
        <comment>@info</comment>
        <translation>%1 (%2) ist nicht erreichbar; nichts wurde geändert: %3</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) has CHANGED; refused, nothing was changed. Known: %3; offered now: %4. If the node was reinstalled, remove its line from %5 and accept the new key.</source>
        <comment>@info</comment>
        <translation>Der Hostschlüssel von %1 (%2) hat sich GEÄNDERT; abgelehnt, nichts wurde geändert. Bekannt: %3; jetzt angeboten: %4. Wurde der Knoten neu installiert, seine Zeile aus %5 entfernen und den neuen Schlüssel annehmen.</translation>
    </message>
    <message>
        <source>First contact with %1</source>
        <comment>@title:window</comment>
        <translation>Erster Kontakt mit %1</translation>
    </message>
    <message>
        <source>This is the first connection to %1 (%2). Its host key is:

%3

Compare it with the key on the node itself (ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub) before you accept it: a different key means another machine answers in its place.</source>
        <comment>@info</comment>
        <translation>Dies ist die erste Verbindung zu %1 (%2). Sein Hostschlüssel ist:

%3

Vergleichen Sie ihn vor dem Annehmen mit dem Schlüssel auf dem Knoten selbst (ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub): ein anderer Schlüssel bedeutet, dass ein anderer Rechner an seiner Stelle antwortet.</translation>
    </message>
    <message>
        <source>&amp;Accept this key</source>
        <comment>@action:button</comment>
        <translation>Diesen Schlüssel &amp;annehmen</translation>
    </message>
    <message>
        <source>The host key of %1 was not accepted; nothing was changed.</source>
        <comment>@info</comment>
        <translation>Der Hostschlüssel von %1 wurde nicht angenommen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>remote node %1</source>
        <comment>@info what the banner&apos;s node is</comment>
        <translation>entfernter Knoten %1</translation>
    </message>
    <message>
        <source>simulated node</source>
        <comment>@info what the banner&apos;s node is</comment>
        <translation>simulierter Knoten</translation>
    </message>
    <message>
        <source>this AIX node</source>
        <comment>@info what the banner&apos;s node is</comment>
        <translation>dieser AIX-Knoten</translation>
    </message>
    <message>
        <source>The next step, &quot;%1&quot;, on %2 was not part of what you confirmed before the run (it runs again, or comes after it). It does this:</source>
        <comment>@info</comment>
        <translation>Der nächste Schritt, „%1“, auf %2 gehörte nicht zu dem, was Sie vor der Ausführung bestätigt haben (er läuft erneut oder kommt danach). Er bewirkt Folgendes:</translation>
    </message>
    <message>
        <source>&amp;Run this step</source>
        <comment>@action:button</comment>
        <translation>Diesen Schritt &amp;ausführen</translation>
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
        <translation>%1: ermittelt (%2)</translation>
    </message>
    <message>
        <source>%1: typed (the node said: %2)</source>
        <comment>@item origin of a value</comment>
        <translation>%1: eingegeben (der Knoten meldete: %2)</translation>
    </message>
    <message>
        <source>Where the values come from:</source>
        <comment>@info</comment>
        <translation>Herkunft der Werte:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info a table&apos;s name, a column&apos;s title</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <comment>@info field, row number from 1: refusal</comment>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info field: refusal</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (in the answers file: %2)</source>
        <comment>@info:tooltip</comment>
        <translation>%1 (in der Antwortdatei: %2)</translation>
    </message>
</context>
<context>
    <name>dceha::WizardWindow</name>
    <message>
        <source>&lt; &amp;Back</source>
        <comment>@action:button</comment>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>@action:button</comment>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <comment>@action:button</comment>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>@action:button</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A step is running</source>
        <comment>@title:window</comment>
        <translation>Ein Schritt wird ausgeführt</translation>
    </message>
    <message>
        <source>The wizard is running a step on this node. Stop after this step and close? The checkpoint keeps everything done; opening the wizard again offers to resume.</source>
        <comment>@info</comment>
        <translation>Der Assistent führt auf diesem Knoten gerade einen Schritt aus. Nach diesem Schritt anhalten und schließen? Der Prüfpunkt bewahrt alles Erledigte; beim erneuten Öffnen bietet der Assistent an, die Ausführung fortzusetzen.</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <comment>@action:button</comment>
        <translation>&amp;Anhalten und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <comment>@action:button</comment>
        <translation>Weiter&amp;laufen lassen</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <comment>@title:window</comment>
        <translation>Assistenten schließen?</translation>
    </message>
    <message>
        <source>The answers on these pages are not kept when the wizard closes (the review page can save them to a file). The progress of a run is always kept in its checkpoint.</source>
        <comment>@info</comment>
        <translation>Die Antworten auf diesen Seiten gehen beim Schließen des Assistenten verloren (die Überprüfungsseite kann sie in einer Datei speichern). Der Fortschritt einer Ausführung bleibt immer in ihrem Prüfpunkt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>@action:button</comment>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <comment>@action:button</comment>
        <translation>&amp;Bleiben</translation>
    </message>
</context>
<context>
    <name>procedure</name>
    <message>
        <source>Install and configure HACMP</source>
        <extracomment>owner.yaml, step hacmp-installed, title
----------
standby.yaml, step hacmp-installed, title</extracomment>
        <translation>HACMP installieren und konfigurieren</translation>
    </message>
    <message>
        <source>HACMP 4.2.1 must be installed and the cluster configured (nodes, adapters, resource groups with the service IP label, the shared volume group and the DCE filesystems) from the planning worksheets. The wizard checks the result: the cluster software is installed and this node&apos;s service address is an HACMP service label.</source>
        <extracomment>owner.yaml, step hacmp-installed, description</extracomment>
        <translation>HACMP 4.2.1 muss installiert und der Cluster anhand der Planungsarbeitsblätter konfiguriert sein (Knoten, Adapter, Ressourcengruppen mit dem Service-IP-Label, der gemeinsam genutzten Datenträgergruppe und den DCE-Dateisystemen). Der Assistent prüft das Ergebnis: Die Cluster-Software ist installiert, und die Serviceadresse dieses Knotens ist ein HACMP-Service-Label.</translation>
    </message>
    <message>
        <source>Install HACMP 4.2.1 (cluster.base.*) and configure the cluster as planned (HACMP for AIX Installation Guide, chapters 6 to 9). Then run the wizard again.</source>
        <extracomment>owner.yaml, step hacmp-installed, instructions
----------
standby.yaml, step hacmp-installed, instructions</extracomment>
        <translation>Installieren Sie HACMP 4.2.1 (cluster.base.*) und konfigurieren Sie den Cluster wie geplant (HACMP for AIX Installation Guide, Kapitel 6 bis 9). Führen Sie den Assistenten anschließend erneut aus.</translation>
    </message>
    <message>
        <source>Create the shared volume group ${shared_vg.name}</source>
        <extracomment>owner.yaml, step shared-vg, title</extracomment>
        <translation>Gemeinsam genutzte Datenträgergruppe ${shared_vg.name} erstellen</translation>
    </message>
    <message>
        <source>The VG is created on the shared disks without automatic varyon at boot (-n: HACMP, not the boot, varies it on), with a major number that the standby&apos;s importvg -V reuses, so NFS and device numbers agree on both nodes.</source>
        <extracomment>owner.yaml, step shared-vg, description</extracomment>
        <translation>Die Datenträgergruppe wird auf den gemeinsam genutzten Platten ohne automatische Aktivierung (varyon) beim Booten erstellt (-n: HACMP aktiviert sie, nicht der Bootvorgang), mit einer Hauptnummer (Major Number), die importvg -V auf dem Standby-Knoten wiederverwendet, damit NFS- und Einheitennummern auf beiden Knoten übereinstimmen.</translation>
    </message>
    <message>
        <source>Create the JFS log ${shared_vg.jfslog} with its final, non-default name</source>
        <extracomment>owner.yaml, step shared-jfslog, title</extracomment>
        <translation>JFS-Log ${shared_vg.jfslog} mit seinem endgültigen Namen (kein Standardname) erstellen</translation>
    </message>
    <message>
        <source>The guide creates the filesystems first and renames the JFS log afterwards (step 2d), but AIX refuses to rename an open log (0516-708) and crfs would name it loglv00, a default name that importvg renames on a node where it clashes (0516-530). The wizard creates the log with its final name before crfs and passes it with -a logname=. If a default-named loglvNN already serves the shared filesystems, it unmounts them, renames the log (chlv -n), points each filesystem at it (chfs -a log=) and mounts them again.</source>
        <extracomment>owner.yaml, step shared-jfslog, description</extracomment>
        <translation>Das Handbuch erstellt zuerst die Dateisysteme und benennt das JFS-Log danach um (Schritt 2d), aber AIX lehnt das Umbenennen eines geöffneten Logs ab (0516-708), und crfs würde es loglv00 nennen, ein Standardname, den importvg auf einem Knoten umbenennt, auf dem er bereits vergeben ist (0516-530). Der Assistent erstellt das Log vor crfs mit seinem endgültigen Namen und übergibt es mit -a logname=. Wenn bereits ein loglvNN mit Standardnamen die gemeinsam genutzten Dateisysteme bedient, hängt der Assistent diese ab, benennt das Log um (chlv -n), ordnet jedes Dateisystem diesem Log zu (chfs -a log=) und hängt die Dateisysteme wieder an.</translation>
    </message>
    <message>
        <source>Create the logical volume ${item.lv} for ${item.mount}</source>
        <extracomment>owner.yaml, step shared-lv-${item.lv}, title</extracomment>
        <translation>Logischen Datenträger ${item.lv} für ${item.mount} erstellen</translation>
    </message>
    <message>
        <source>A non-default name, so the standby&apos;s importvg keeps it.</source>
        <extracomment>owner.yaml, step shared-lv-${item.lv}, description</extracomment>
        <translation>Kein Standardname, damit importvg auf dem Standby-Knoten ihn beibehält.</translation>
    </message>
    <message>
        <source>Create the filesystem ${item.mount} on ${item.lv}</source>
        <extracomment>owner.yaml, step shared-fs-${item.lv}, title</extracomment>
        <translation>Dateisystem ${item.mount} auf ${item.lv} erstellen</translation>
    </message>
    <message>
        <source>Mounted by HACMP, never at boot (-A no); its log is ${shared_vg.jfslog}.</source>
        <extracomment>owner.yaml, step shared-fs-${item.lv}, description</extracomment>
        <translation>Wird von HACMP angehängt, nie beim Booten (-A no); sein Log ist ${shared_vg.jfslog}.</translation>
    </message>
    <message>
        <source>Mount ${item.mount}</source>
        <extracomment>owner.yaml, step shared-mount-${item.lv}, title</extracomment>
        <translation>${item.mount} anhängen</translation>
    </message>
    <message>
        <source>DCE&apos;s files must land on shared DASD, so the filesystems are mounted before DCE is installed.</source>
        <extracomment>owner.yaml, step shared-mount-${item.lv}, description</extracomment>
        <translation>Die Dateien von DCE müssen auf den Shared DASD landen, daher werden die Dateisysteme vor der Installation von DCE angehängt.</translation>
    </message>
    <message>
        <source>Exclude every non-service address from DCE&apos;s RPC</source>
        <extracomment>owner.yaml, step rpc-unsupported-netaddrs, title
----------
standby.yaml, step rpc-unsupported-netaddrs, title</extracomment>
        <translation>Alle Adressen außer den Serviceadressen vom DCE-RPC ausschließen</translation>
    </message>
    <message>
        <source>RPC_UNSUPPORTED_NETADDRS=${network.excluded} in /etc/environment, so DCE servers use only the HACMP service address; the wizard also passes it to the DCE configuration commands it runs.</source>
        <extracomment>owner.yaml, step rpc-unsupported-netaddrs, description</extracomment>
        <translation>RPC_UNSUPPORTED_NETADDRS=${network.excluded} in /etc/environment, damit DCE-Server nur die HACMP-Serviceadresse verwenden; der Assistent übergibt die Variable außerdem an die DCE-Konfigurationsbefehle, die er ausführt.</translation>
    </message>
    <message>
        <source>Create the logical volume ${dfs_cache.lv} for the DFS client cache</source>
        <extracomment>owner.yaml, step dfs-cache-lv, title
----------
standby.yaml, step dfs-cache-lv, title</extracomment>
        <translation>Logischen Datenträger ${dfs_cache.lv} für den DFS-Client-Cache erstellen</translation>
    </message>
    <message>
        <source>The DFS cache lives on local, non-shared DASD (${dfs_cache.vg}).</source>
        <extracomment>owner.yaml, step dfs-cache-lv, description</extracomment>
        <translation>Der DFS-Cache liegt auf lokalen, nicht gemeinsam genutzten DASD (${dfs_cache.vg}).</translation>
    </message>
    <message>
        <source>Create the DFS cache filesystem ${dfs_cache.mount}</source>
        <extracomment>owner.yaml, step dfs-cache-fs, title
----------
standby.yaml, step dfs-cache-fs, title</extracomment>
        <translation>DFS-Cache-Dateisystem ${dfs_cache.mount} erstellen</translation>
    </message>
    <message>
        <source>Mount the DFS cache ${dfs_cache.mount}</source>
        <extracomment>owner.yaml, step dfs-cache-mount, title
----------
standby.yaml, step dfs-cache-mount, title</extracomment>
        <translation>DFS-Cache ${dfs_cache.mount} anhängen</translation>
    </message>
    <message>
        <source>Start HACMP and check the service address swap</source>
        <extracomment>owner.yaml, step start-hacmp, title</extracomment>
        <translation>HACMP starten und den Austausch der Serviceadresse prüfen</translation>
    </message>
    <message>
        <source>The initial service IP address swap must occur before DCE is configured; in configurations other than mutual takeover the shared filesystems must be mounted (shared DASD accessible before DCE is installed).</source>
        <extracomment>owner.yaml, step start-hacmp, description</extracomment>
        <translation>Der erste Austausch der Service-IP-Adresse muss erfolgen, bevor DCE konfiguriert wird; in allen Konfigurationen außer der gegenseitigen Übernahme müssen die gemeinsam genutzten Dateisysteme angehängt sein (Shared DASD vor der Installation von DCE zugänglich).</translation>
    </message>
    <message>
        <source>Install DCE${dfs.install_title}</source>
        <extracomment>owner.yaml, step install-dce, title
----------
standby.yaml, step install-dce, title</extracomment>
        <translation>DCE${dfs.install_title} installieren</translation>
    </message>
    <message>
        <source>installp from ${dce.install_media}: @{dce.filesets_text}. Already installed filesets are left alone.</source>
        <extracomment>owner.yaml, step install-dce, description</extracomment>
        <translation>installp von ${dce.install_media}: @{dce.filesets_text}. Bereits installierte Dateigruppen bleiben unverändert.</translation>
    </message>
    <message>
        <source>Configure DCE (${dce.components_text}) in cell ${cell_name}</source>
        <extracomment>owner.yaml, step configure-dce, title</extracomment>
        <translation>DCE (${dce.components_text}) in der Zelle ${cell_name} konfigurieren</translation>
    </message>
    <message>
        <source>The cell_admin password is asked for now (or read from DCE_CELL_ADMIN_PASSWORD) and handed to the configuration on its standard input; it is never written anywhere. RPC_UNSUPPORTED_NETADDRS is set in the command&apos;s environment.</source>
        <extracomment>owner.yaml, step configure-dce, description</extracomment>
        <translation>Das Kennwort von cell_admin wird jetzt abgefragt (oder aus DCE_CELL_ADMIN_PASSWORD gelesen) und der Konfiguration über die Standardeingabe übergeben; es wird nirgends gespeichert. RPC_UNSUPPORTED_NETADDRS wird in der Umgebung des Befehls gesetzt.</translation>
    </message>
    <message>
        <source>Configure DFS (${dfs.components_text})</source>
        <extracomment>owner.yaml, step configure-dfs, title</extracomment>
        <translation>DFS konfigurieren (${dfs.components_text})</translation>
    </message>
    <message>
        <source>The DFS client cache is ${dfs_cache.mount}.</source>
        <extracomment>owner.yaml, step configure-dfs, description</extracomment>
        <translation>Der DFS-Client-Cache ist ${dfs_cache.mount}.</translation>
    </message>
    <message>
        <source>Create the logical volume ${item.lv} for DFS aggregate ${item.name}</source>
        <extracomment>owner.yaml, step dfs-aggregate-lv-${item.lv}, title</extracomment>
        <translation>Logischen Datenträger ${item.lv} für das DFS-Aggregat ${item.name} erstellen</translation>
    </message>
    <message>
        <source>DFS aggregates live on shared DASD, in the resource group&apos;s volume group.</source>
        <extracomment>owner.yaml, step dfs-aggregate-lv-${item.lv}, description</extracomment>
        <translation>DFS-Aggregate liegen auf Shared DASD, in der Datenträgergruppe der Ressourcengruppe.</translation>
    </message>
    <message>
        <source>Initialise and export DFS aggregate ${item.name}</source>
        <extracomment>owner.yaml, step dfs-aggregate-${item.lv}, title</extracomment>
        <translation>DFS-Aggregat ${item.name} initialisieren und exportieren</translation>
    </message>
    <message>
        <source>Install the application server scripts in ${scripts_dir}</source>
        <extracomment>owner.yaml, step scripts, title
----------
standby.yaml, step scripts, title</extracomment>
        <translation>Anwendungsserver-Scripts in ${scripts_dir} installieren</translation>
    </message>
    <message>
        <source>The start and stop scripts HACMP runs for the application server ${app_server}, generated from the guide&apos;s samples with their faults corrected, the same path on both nodes.</source>
        <extracomment>owner.yaml, step scripts, description</extracomment>
        <translation>Die Start- und Stopp-Scripts, die HACMP für den Anwendungsserver ${app_server} ausführt, erzeugt aus den Beispielen des Handbuchs mit korrigierten Fehlern, auf beiden Knoten unter demselben Pfad.</translation>
    </message>
    <message>
        <source>Stop DFS</source>
        <extracomment>owner.yaml, step stop-dfs, title</extracomment>
        <translation>DFS stoppen</translation>
    </message>
    <message>
        <source>DFS stops before DCE.</source>
        <extracomment>owner.yaml, step stop-dfs, description</extracomment>
        <translation>DFS wird vor DCE gestoppt.</translation>
    </message>
    <message>
        <source>Stop DCE</source>
        <extracomment>owner.yaml, step stop-dce, title</extracomment>
        <translation>DCE stoppen</translation>
    </message>
    <message>
        <source>Unmount /krb5, /var/dce, /etc/dce and vary off ${shared_vg.name}</source>
        <extracomment>owner.yaml, step release-shared-dasd, title</extracomment>
        <translation>/krb5, /var/dce, /etc/dce abhängen und ${shared_vg.name} deaktivieren</translation>
    </message>
    <message>
        <source>HACMP, still running since step 5, holds the resource group: unmounting under it would fight the cluster manager. The wizard stops HACMP gracefully (clstop -g), which releases the group, then makes sure the filesystems are unmounted and the VG varied off, so the standby can have the shared DASD.</source>
        <extracomment>owner.yaml, step release-shared-dasd, description</extracomment>
        <translation>HACMP läuft seit Schritt 5 und hält die Ressourcengruppe: Ein Abhängen an HACMP vorbei würde mit dem Cluster-Manager kollidieren. Der Assistent stoppt HACMP ordnungsgemäß (clstop -g), wodurch die Gruppe freigegeben wird, und stellt dann sicher, dass die Dateisysteme abgehängt sind und die Datenträgergruppe deaktiviert ist, damit der Standby-Knoten die Shared DASD übernehmen kann.</translation>
    </message>
    <message>
        <source>Wait until the standby node&apos;s integration is complete</source>
        <extracomment>owner.yaml, step standby-integrated, title</extracomment>
        <translation>Warten, bis die Integration des Standby-Knotens abgeschlossen ist</translation>
    </message>
    <message>
        <source>The cluster manager on this node must not start before the standby node has been integrated and has released the shared DASD again.</source>
        <extracomment>owner.yaml, step standby-integrated, description</extracomment>
        <translation>Der Cluster-Manager auf diesem Knoten darf erst starten, wenn der Standby-Knoten integriert ist und die Shared DASD wieder freigegeben hat.</translation>
    </message>
    <message>
        <source>Register the application server ${app_server} with HACMP</source>
        <extracomment>owner.yaml, step register-app-server, title</extracomment>
        <translation>Anwendungsserver ${app_server} bei HACMP registrieren</translation>
    </message>
    <message>
        <source>Start the cluster manager on this node</source>
        <extracomment>owner.yaml, step start-cluster, title
----------
standby.yaml, step start-cluster, title</extracomment>
        <translation>Cluster-Manager auf diesem Knoten starten</translation>
    </message>
    <message>
        <source>HACMP acquires the resource group and runs the application server start script, which starts DCE (and DFS).</source>
        <extracomment>owner.yaml, step start-cluster, description</extracomment>
        <translation>HACMP übernimmt die Ressourcengruppe und führt das Start-Script des Anwendungsservers aus, das DCE (und DFS) startet.</translation>
    </message>
    <message>
        <source>HACMP 4.2.1 installed and the cluster configured as on the owner node. The wizard checks the cluster software is installed and the service address is an HACMP service label.</source>
        <extracomment>standby.yaml, step hacmp-installed, description</extracomment>
        <translation>HACMP 4.2.1 ist installiert und der Cluster wie auf dem Eignerknoten konfiguriert. Der Assistent prüft, ob die Cluster-Software installiert und die Serviceadresse ein HACMP-Service-Label ist.</translation>
    </message>
    <message>
        <source>Check that the owner node released the shared DASD</source>
        <extracomment>standby.yaml, step owner-released, title</extracomment>
        <translation>Prüfen, ob der Eignerknoten die Shared DASD freigegeben hat</translation>
    </message>
    <message>
        <source>The owner&apos;s last integration step shuts it down (DFS) or unmounts the DCE filesystems and varies the volume group off. Until then the shared disks are reserved by the owner and importvg would fail.</source>
        <extracomment>standby.yaml, step owner-released, description</extracomment>
        <translation>Der letzte Integrationsschritt des Eigners vor der Übergabe fährt ihn herunter (DFS) oder hängt die DCE-Dateisysteme ab und deaktiviert die Datenträgergruppe. Bis dahin sind die gemeinsam genutzten Platten vom Eigner reserviert, und importvg würde fehlschlagen.</translation>
    </message>
    <message>
        <source>Import the shared volume group ${shared_vg.name}</source>
        <extracomment>standby.yaml, step import-shared-vg, title</extracomment>
        <translation>Gemeinsam genutzte Datenträgergruppe ${shared_vg.name} importieren</translation>
    </message>
    <message>
        <source>importvg with the owner&apos;s major number; the wizard then checks that AIX kept every logical volume&apos;s name (a name that clashes here is silently renamed, 0516-530, and HACMP would no longer find it) and fails clearly if not. Automatic varyon at boot is switched off (chvg -a n) and the VG varied off, for HACMP to manage.</source>
        <extracomment>standby.yaml, step import-shared-vg, description</extracomment>
        <translation>importvg mit der Hauptnummer des Eigners; danach prüft der Assistent, ob AIX die Namen aller logischen Datenträger beibehalten hat (ein Name, der hier bereits vergeben ist, wird stillschweigend umbenannt, 0516-530, und HACMP würde ihn nicht mehr finden), und bricht andernfalls mit einer eindeutigen Fehlermeldung ab. Die automatische Aktivierung (varyon) beim Booten wird ausgeschaltet (chvg -a n) und die Datenträgergruppe deaktiviert, damit HACMP sie verwaltet.</translation>
    </message>
    <message>
        <source>RPC_UNSUPPORTED_NETADDRS=${network.excluded} in /etc/environment.</source>
        <extracomment>standby.yaml, step rpc-unsupported-netaddrs, description</extracomment>
        <translation>RPC_UNSUPPORTED_NETADDRS=${network.excluded} in /etc/environment.</translation>
    </message>
    <message>
        <source>Start HACMP and check it can take over the shared DASD</source>
        <extracomment>standby.yaml, step start-hacmp, title</extracomment>
        <translation>HACMP starten und prüfen, ob es die Shared DASD übernehmen kann</translation>
    </message>
    <message>
        <source>With the owner node down or its cluster manager stopped, this node acquires the resource group: that verifies HACMP can vary on the volume group and mount /krb5, /var/dce and /etc/dce here.</source>
        <extracomment>standby.yaml, step start-hacmp, description</extracomment>
        <translation>Wenn der Eignerknoten heruntergefahren oder sein Cluster-Manager gestoppt ist, übernimmt dieser Knoten die Ressourcengruppe: Damit wird geprüft, ob HACMP die Datenträgergruppe hier aktivieren und /krb5, /var/dce und /etc/dce anhängen kann.</translation>
    </message>
    <message>
        <source>installp from ${dce.install_media}.</source>
        <extracomment>standby.yaml, step install-dce, description</extracomment>
        <translation>installp von ${dce.install_media}.</translation>
    </message>
    <message>
        <source>Configure the DCE clients (${dce.clients_text})</source>
        <extracomment>standby.yaml, step configure-dce-clients, title</extracomment>
        <translation>DCE-Clients konfigurieren (${dce.clients_text})</translation>
    </message>
    <message>
        <source>In mutual takeover DCE clients run on both nodes. In every other configuration DCE (and DFS) must not be configured on the standby node, and the wizard does not.</source>
        <extracomment>standby.yaml, step configure-dce-clients, description</extracomment>
        <translation>Bei gegenseitiger Übernahme laufen DCE-Clients auf beiden Knoten. In allen anderen Konfigurationen dürfen DCE (und DFS) auf dem Standby-Knoten nicht konfiguriert werden, und der Assistent tut dies auch nicht.</translation>
    </message>
    <message>
        <source>Configure the DFS client</source>
        <extracomment>standby.yaml, step configure-dfs-client, title</extracomment>
        <translation>DFS-Client konfigurieren</translation>
    </message>
    <message>
        <source>Create the directory /...</source>
        <extracomment>standby.yaml, step dfs-global-root, title</extracomment>
        <translation>Verzeichnis /... erstellen</translation>
    </message>
    <message>
        <source>The mount point DFS needs on this node in the event of failover.</source>
        <extracomment>standby.yaml, step dfs-global-root, description</extracomment>
        <translation>Der Mountpunkt, den DFS im Fall einer Übernahme auf diesem Knoten benötigt.</translation>
    </message>
    <message>
        <source>Link /: to /.../${cell_name}/fs</source>
        <extracomment>standby.yaml, step dfs-link-fs, title</extracomment>
        <translation>/: als Link auf /.../${cell_name}/fs anlegen</translation>
    </message>
    <message>
        <source>Link /.: to /.../${cell_name}</source>
        <extracomment>standby.yaml, step dfs-link-cell, title</extracomment>
        <translation>/.: als Link auf /.../${cell_name} anlegen</translation>
    </message>
    <message>
        <source>Define the Kerberos KDC port (kerberos5 88/udp) in /etc/services</source>
        <extracomment>standby.yaml, step kerberos5-service, title</extracomment>
        <translation>Kerberos-KDC-Port (kerberos5 88/udp) in /etc/services definieren</translation>
    </message>
    <message>
        <source>The guide&apos;s grep also matched commented-out lines; the wizard counts only real entries. An existing kerberos5 entry on another port, or port 88/udp under a name other than kerberos or kerberos5, stops the step with an explanation rather than an edit.</source>
        <extracomment>standby.yaml, step kerberos5-service, description</extracomment>
        <translation>Das grep des Handbuchs erfasste auch auskommentierte Zeilen; der Assistent zählt nur echte Einträge. Ein vorhandener kerberos5-Eintrag mit einem anderen Port oder Port 88/udp unter einem anderen Namen als kerberos oder kerberos5 hält den Schritt mit einer Erklärung an, statt die Datei zu ändern.</translation>
    </message>
    <message>
        <source>The same scripts, at the same path, as on the owner node.</source>
        <extracomment>standby.yaml, step scripts, description</extracomment>
        <translation>Dieselben Scripts unter demselben Pfad wie auf dem Eignerknoten.</translation>
    </message>
    <message>
        <source>Stop HACMP and release the shared DASD</source>
        <extracomment>standby.yaml, step release-shared-dasd, title</extracomment>
        <translation>HACMP stoppen und die Shared DASD freigeben</translation>
    </message>
    <message>
        <source>A graceful stop of HACMP unmounts /krb5, /var/dce and /etc/dce and varies the volume group off; the wizard then confirms both, so the owner node can start DCE.</source>
        <extracomment>standby.yaml, step release-shared-dasd, description</extracomment>
        <translation>Ein ordnungsgemäßes Stoppen von HACMP hängt /krb5, /var/dce und /etc/dce ab und deaktiviert die Datenträgergruppe; der Assistent prüft anschließend beides, damit der Eignerknoten DCE starten kann.</translation>
    </message>
    <message>
        <source>Wait until the owner node&apos;s cluster manager is up</source>
        <extracomment>standby.yaml, step owner-cluster-started, title</extracomment>
        <translation>Warten, bis der Cluster-Manager des Eignerknotens läuft</translation>
    </message>
    <message>
        <source>HACMP starts on the highest-priority node first, then on the standby.</source>
        <extracomment>standby.yaml, step owner-cluster-started, description</extracomment>
        <translation>HACMP wird zuerst auf dem Knoten mit der höchsten Priorität gestartet, dann auf dem Standby-Knoten.</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 1</source>
        <extracomment>owner.yaml, step hacmp-installed, guide</extracomment>
        <translation>Kap. 3, Knoten mit höchster Priorität, Schritt 1</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 2 (HACMP Installation Guide, ch. 6)</source>
        <extracomment>owner.yaml, step shared-vg, guide</extracomment>
        <translation>Kap. 3, Knoten mit höchster Priorität, Schritt 2 (HACMP Installation Guide, Kap. 6)</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, steps 2a and 2d</source>
        <extracomment>owner.yaml, step shared-jfslog, guide</extracomment>
        <translation>Kap. 3, Knoten mit höchster Priorität, Schritte 2a und 2d</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 2a</source>
        <extracomment>owner.yaml, step shared-lv-${item.lv}, guide</extracomment>
        <translation>Kap. 3, Knoten mit höchster Priorität, Schritt 2a</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 2b</source>
        <extracomment>owner.yaml, step shared-fs-${item.lv}, guide</extracomment>
        <translation>Kap. 3, Knoten mit höchster Priorität, Schritt 2b</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 2c</source>
        <extracomment>owner.yaml, step shared-mount-${item.lv}, guide</extracomment>
        <translation>Kap. 3, Knoten mit höchster Priorität, Schritt 2c</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 3; ch. 2, Planning Considerations for DCE</source>
        <extracomment>owner.yaml, step rpc-unsupported-netaddrs, guide</extracomment>
        <translation>Kap. 3, Knoten mit höchster Priorität, Schritt 3; Kap. 2, Planungsüberlegungen für DCE</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 4</source>
        <extracomment>owner.yaml, step dfs-cache-lv, guide
----------
owner.yaml, step dfs-cache-fs, guide
----------
owner.yaml, step dfs-cache-mount, guide</extracomment>
        <translation>Kap. 3, Knoten mit höchster Priorität, Schritt 4</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 5</source>
        <extracomment>owner.yaml, step start-hacmp, guide</extracomment>
        <translation>Kap. 3, Knoten mit höchster Priorität, Schritt 5</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 6</source>
        <extracomment>owner.yaml, step install-dce, guide</extracomment>
        <translation>Kap. 3, Knoten mit höchster Priorität, Schritt 6</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 7</source>
        <extracomment>owner.yaml, step configure-dce, guide
----------
owner.yaml, step configure-dfs, guide</extracomment>
        <translation>Kap. 3, Knoten mit höchster Priorität, Schritt 7</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 8</source>
        <extracomment>owner.yaml, step dfs-aggregate-lv-${item.lv}, guide
----------
owner.yaml, step dfs-aggregate-${item.lv}, guide</extracomment>
        <translation>Kap. 3, Knoten mit höchster Priorität, Schritt 8</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 9; figures 1-4</source>
        <extracomment>owner.yaml, step scripts, guide</extracomment>
        <translation>Kap. 3, Knoten mit höchster Priorität, Schritt 9; Abbildungen 1-4</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 10</source>
        <extracomment>owner.yaml, step stop-dfs, guide
----------
owner.yaml, step stop-dce, guide</extracomment>
        <translation>Kap. 3, Knoten mit höchster Priorität, Schritt 10</translation>
    </message>
    <message>
        <source>Ch. 3, highest priority node, step 11</source>
        <extracomment>owner.yaml, step release-by-reboot, guide
----------
owner.yaml, step release-shared-dasd, guide
----------
standby.yaml, step owner-released, guide</extracomment>
        <translation>Kap. 3, Knoten mit höchster Priorität, Schritt 11</translation>
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
        <translation>Kap. 3, DCE und DFS mit HACMP starten</translation>
    </message>
    <message>
        <source>Ch. 2, Application Server Scripts; ch. 3, Starting DCE and DFS with HACMP</source>
        <extracomment>owner.yaml, step register-app-server, guide</extracomment>
        <translation>Kap. 2, Anwendungsserver-Scripts; Kap. 3, DCE und DFS mit HACMP starten</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 1</source>
        <extracomment>standby.yaml, step hacmp-installed, guide</extracomment>
        <translation>Kap. 3, Standby-/Übernahmeknoten, Schritt 1</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 2 (HACMP Installation Guide, ch. 6)</source>
        <extracomment>standby.yaml, step import-shared-vg, guide</extracomment>
        <translation>Kap. 3, Standby-/Übernahmeknoten, Schritt 2 (HACMP Installation Guide, Kap. 6)</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 3; ch. 2, Planning Considerations for DCE</source>
        <extracomment>standby.yaml, step rpc-unsupported-netaddrs, guide</extracomment>
        <translation>Kap. 3, Standby-/Übernahmeknoten, Schritt 3; Kap. 2, Planungsüberlegungen für DCE</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 4</source>
        <extracomment>standby.yaml, step dfs-cache-lv, guide
----------
standby.yaml, step dfs-cache-fs, guide
----------
standby.yaml, step dfs-cache-mount, guide</extracomment>
        <translation>Kap. 3, Standby-/Übernahmeknoten, Schritt 4</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 5</source>
        <extracomment>standby.yaml, step start-hacmp, guide</extracomment>
        <translation>Kap. 3, Standby-/Übernahmeknoten, Schritt 5</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 6</source>
        <extracomment>standby.yaml, step install-dce, guide</extracomment>
        <translation>Kap. 3, Standby-/Übernahmeknoten, Schritt 6</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 7</source>
        <extracomment>standby.yaml, step configure-dce-clients, guide
----------
standby.yaml, step configure-dfs-client, guide</extracomment>
        <translation>Kap. 3, Standby-/Übernahmeknoten, Schritt 7</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 8a</source>
        <extracomment>standby.yaml, step dfs-global-root, guide</extracomment>
        <translation>Kap. 3, Standby-/Übernahmeknoten, Schritt 8a</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 8b</source>
        <extracomment>standby.yaml, step dfs-link-fs, guide
----------
standby.yaml, step dfs-link-cell, guide</extracomment>
        <translation>Kap. 3, Standby-/Übernahmeknoten, Schritt 8b</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 9</source>
        <extracomment>standby.yaml, step kerberos5-service, guide</extracomment>
        <translation>Kap. 3, Standby-/Übernahmeknoten, Schritt 9</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 10; figures 1-4</source>
        <extracomment>standby.yaml, step scripts, guide</extracomment>
        <translation>Kap. 3, Standby-/Übernahmeknoten, Schritt 10; Abbildungen 1-4</translation>
    </message>
    <message>
        <source>Ch. 3, standby/takeover node, step 11</source>
        <extracomment>standby.yaml, step release-shared-dasd, guide</extracomment>
        <translation>Kap. 3, Standby-/Übernahmeknoten, Schritt 11</translation>
    </message>
    <message>
        <source>applies only to %1</source>
        <translation>gilt nur für %1</translation>
    </message>
    <message>
        <source>DCE and DFS must not be configured on the standby node outside mutual takeover (guide, ch. 3 standby step 7)</source>
        <translation>DCE und DFS dürfen außerhalb der gegenseitigen Übernahme nicht auf dem Standby-Knoten konfiguriert werden (Handbuch, Kap. 3, Standby-/Übernahmeknoten, Schritt 7)</translation>
    </message>
    <message>
        <source>does not apply to the %1 configuration (guide)</source>
        <translation>entfällt in der Konfiguration %1 (Handbuch)</translation>
    </message>
    <message>
        <source>only without DFS</source>
        <translation>nur ohne DFS</translation>
    </message>
    <message>
        <source>DFS is not being installed</source>
        <translation>DFS wird nicht installiert</translation>
    </message>
    <message>
        <source>not asked for (%1 is not set in the answers)</source>
        <translation>nicht angefordert (%1 ist in den Antworten nicht gesetzt)</translation>
    </message>
    <message>
        <source>nothing to do: %1 is empty in the answers</source>
        <translation>nichts zu tun: %1 ist in den Antworten leer</translation>
    </message>
    <message>
        <source>Run the wizard on the standby node (role standby, with this node&apos;s record as the owner node&apos;s record). When it reports its integration complete, confirm here: Verify and continue in the GUI, --confirm standby-integrated headless.</source>
        <extracomment>owner.yaml, step standby-integrated, instructions</extracomment>
        <translation>Führen Sie den Assistenten auf dem Standby-Knoten aus (Rolle standby, mit dem Protokoll dieses Knotens als Protokoll des Eignerknotens). Sobald er meldet, dass seine Integration abgeschlossen ist, bestätigen Sie hier: „Prüfen und fortfahren“ in der grafischen Oberfläche, --confirm standby-integrated ohne Oberfläche.</translation>
    </message>
    <message>
        <source>Run the owner node&apos;s integration up to its release of the shared DASD first (its release-by-reboot or release-shared-dasd step done) and give its record to this wizard (welcome page, or --from-owner-record); or confirm the release yourself: Verify and continue in the GUI, --confirm owner-released headless.</source>
        <extracomment>standby.yaml, step owner-released, instructions</extracomment>
        <translation>Führen Sie zuerst die Integration des Eignerknotens bis zur Freigabe der Shared DASD durch (Schritt release-by-reboot oder release-shared-dasd erledigt) und übergeben Sie sein Protokoll diesem Assistenten (Startseite oder --from-owner-record); oder bestätigen Sie die Freigabe selbst: „Prüfen und fortfahren“ in der grafischen Oberfläche, --confirm owner-released ohne Oberfläche.</translation>
    </message>
    <message>
        <source>Start the cluster manager on the owner node (its wizard&apos;s last step). When HACMP is up there, confirm here: Verify and continue in the GUI, --confirm owner-cluster-started headless.</source>
        <extracomment>standby.yaml, step owner-cluster-started, instructions</extracomment>
        <translation>Starten Sie den Cluster-Manager auf dem Eignerknoten (letzter Schritt des dortigen Assistenten). Sobald HACMP dort läuft, bestätigen Sie hier: „Prüfen und fortfahren“ in der grafischen Oberfläche, --confirm owner-cluster-started ohne Oberfläche.</translation>
    </message>
    <message>
        <source>Restart this node (shutdown -Fr) to stop the DFS daemons and release the shared DASD</source>
        <extracomment>owner.yaml, step release-by-reboot, title</extracomment>
        <translation>Diesen Knoten neu starten (shutdown -Fr), um die DFS-Dämonen zu stoppen und die Shared DASD freizugeben</translation>
    </message>
    <message>
        <source>Only a shutdown or a reboot stops the DFS daemons and makes them let go of the shared DASD (guide, step 11 and ch. 2). The wizard reboots the node (shutdown -Fr); the run resumes after the reboot and this step completes when the node is seen to have restarted and the shared volume group is no longer varied on here.</source>
        <extracomment>owner.yaml, step release-by-reboot, description</extracomment>
        <translation>Nur ein Herunterfahren oder ein Neustart stoppt die DFS-Dämonen und lässt sie die Shared DASD freigeben (Handbuch, Schritt 11 und Kap. 2). Der Assistent startet den Knoten neu (shutdown -Fr); die Ausführung wird nach dem Neustart fortgesetzt, und dieser Schritt ist abgeschlossen, sobald erkannt wird, dass der Knoten neu gestartet wurde und die gemeinsam genutzte Datenträgergruppe hier nicht mehr aktiviert ist.</translation>
    </message>
    <message>
        <source>only on the owner node</source>
        <translation>nur auf dem Eignerknoten</translation>
    </message>
    <message>
        <source>only on the standby node</source>
        <translation>nur auf dem Standby-Knoten</translation>
    </message>
    <message>
        <source>Registered only now, once both nodes have DCE installed and the scripts in place: registered earlier, the standby&apos;s cluster start (its step 5, before DCE is installed there) would run a start script that cannot work. The next step synchronises it to the standby.</source>
        <extracomment>owner.yaml, step register-app-server, description</extracomment>
        <translation>Erst jetzt registriert, wenn auf beiden Knoten DCE installiert ist und die Skripte bereitliegen: früher registriert, würde der Cluster-Start des Standby-Knotens (sein Schritt 5, bevor dort DCE installiert ist) ein Startskript ausführen, das nicht funktionieren kann. Der nächste Schritt synchronisiert sie zum Standby-Knoten.</translation>
    </message>
    <message>
        <source>Synchronise the cluster resources to the other node</source>
        <extracomment>owner.yaml, step synchronise-resources, title</extracomment>
        <translation>Die Cluster-Ressourcen zum anderen Knoten synchronisieren</translation>
    </message>
    <message>
        <source>Ch. 2, Application Server Scripts; HACMP 4.3 redbook SG24-5131, Synchronize Cluster Resources</source>
        <extracomment>owner.yaml, step synchronise-resources, guide</extracomment>
        <translation>Kap. 2, Application Server Scripts; HACMP-4.3-Redbook SG24-5131, Synchronize Cluster Resources</translation>
    </message>
    <message>
        <source>newaggr formats the logical volume as an aggregate (destroying what it holds, at most once), the aggregate is named in dfstab (/opt/dcelocal/var/dfs, on the shared /var/dce: the standby&apos;s DFS finds it after a takeover), then dfsexport exports it.</source>
        <extracomment>owner.yaml, step dfs-aggregate-${item.lv}, description</extracomment>
        <translation>newaggr formatiert das logische Volume als Aggregat (und zerstört dabei, was es enthält, höchstens einmal), das Aggregat wird in dfstab eingetragen (/opt/dcelocal/var/dfs, auf dem gemeinsamen /var/dce: das DFS des Standby-Knotens findet es nach einer Übernahme), dann exportiert dfsexport es.</translation>
    </message>
    <message>
        <source>the DFS cache&apos;s mount point is not under a shared filesystem</source>
        <translation>der Einhängepunkt des DFS-Caches liegt nicht unter einem gemeinsamen Dateisystem</translation>
    </message>
    <message>
        <source>the DFS cache&apos;s mount point lies under a shared filesystem: the start script mounts it once HACMP has mounted that filesystem</source>
        <translation>der Einhängepunkt des DFS-Caches liegt unter einem gemeinsamen Dateisystem: das Startskript hängt ihn ein, sobald HACMP jenes Dateisystem eingehängt hat</translation>
    </message>
    <message>
        <source>A local JFS on this node&apos;s own disks, using ${dfs_cache.vg}&apos;s own JFS log. Under a shared filesystem (the guide&apos;s default is inside /var/dce) it is not mounted at boot (-A no): mounted at boot, before HACMP mounts /var/dce, it would be covered and DFS would cache on shared disk; the start script mounts it after HACMP has, the stop script unmounts it before HACMP releases /var/dce. Elsewhere it is mounted at boot (-A yes). A mount point other than /var/dce/adm/dfs/cache is passed on to the DFS client configuration.</source>
        <extracomment>owner.yaml, step dfs-cache-fs, description</extracomment>
        <translation>Ein lokales JFS auf den eigenen Platten dieses Knotens, mit dem eigenen JFS-Log von ${dfs_cache.vg}. Unter einem gemeinsamen Dateisystem (die Vorgabe des Leitfadens liegt in /var/dce) wird es beim Booten nicht eingehängt (-A no): beim Booten eingehängt, bevor HACMP /var/dce einhängt, würde es verdeckt, und DFS würde auf der gemeinsamen Platte cachen; das Startskript hängt es ein, nachdem HACMP es getan hat, das Stoppskript hängt es aus, bevor HACMP /var/dce freigibt. Anderswo wird es beim Booten eingehängt (-A yes). Ein anderer Einhängepunkt als /var/dce/adm/dfs/cache wird an die DFS-Client-Konfiguration weitergegeben.</translation>
    </message>
    <message>
        <source>A local JFS on this node&apos;s own disks. Under a shared filesystem (the guide&apos;s default is inside /var/dce) it is not mounted at boot (-A no): mounted before HACMP mounts /var/dce it would be covered, and DFS would cache on shared disk; the start script mounts it after HACMP has, the stop script unmounts it before HACMP releases /var/dce.</source>
        <extracomment>standby.yaml, step dfs-cache-fs, description</extracomment>
        <translation>Ein lokales JFS auf den eigenen Platten dieses Knotens. Unter einem gemeinsamen Dateisystem (die Vorgabe des Leitfadens liegt in /var/dce) wird es beim Booten nicht eingehängt (-A no): eingehängt, bevor HACMP /var/dce einhängt, würde es verdeckt, und DFS würde auf der gemeinsamen Platte cachen; das Startskript hängt es ein, nachdem HACMP es getan hat, das Stoppskript hängt es aus, bevor HACMP /var/dce freigibt.</translation>
    </message>
    <message>
        <source>Start the DCE clients (${dce.components_text}) again</source>
        <extracomment>owner.yaml, step start-dce-clients, title</extracomment>
        <translation>Die DCE-Clients (${dce.components_text}) wieder starten</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DCE (mutual takeover); ch. 3, Starting DCE and DFS with HACMP</source>
        <extracomment>owner.yaml, step start-dce-clients, guide</extracomment>
        <translation>Kap. 2, Planning Considerations for DCE (gegenseitige Übernahme); Kap. 3, Starting DCE and DFS with HACMP</translation>
    </message>
    <message>
        <source>In mutual takeover DCE clients must be operating on both nodes, and HACMP&apos;s application servers move only the applications, so nothing else starts DCE again after step 10 stopped it: the guide&apos;s &quot;otherwise, start DCE by running /usr/bin/start.dce&quot;. Before the application servers are registered, so that they find DCE.</source>
        <extracomment>owner.yaml, step start-dce-clients, description</extracomment>
        <translation>Bei gegenseitiger Übernahme müssen DCE-Clients auf beiden Knoten laufen, und die Anwendungsserver von HACMP verlagern nur die Anwendungen; nachdem Schritt 10 DCE gestoppt hat, startet es also nichts anderes wieder: das „otherwise, start DCE by running /usr/bin/start.dce“ des Handbuchs. Vor der Registrierung der Anwendungsserver, damit sie DCE vorfinden.</translation>
    </message>
    <message>
        <source>Start the DFS client again</source>
        <extracomment>owner.yaml, step start-dfs-client, title</extracomment>
        <translation>Den DFS-Client wieder starten</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DFS (mutual takeover); ch. 3, Starting DCE and DFS with HACMP</source>
        <extracomment>owner.yaml, step start-dfs-client, guide</extracomment>
        <translation>Kap. 2, Planning Considerations for DFS (gegenseitige Übernahme); Kap. 3, Starting DCE and DFS with HACMP</translation>
    </message>
    <message>
        <source>The guide&apos;s &quot;and then start DFS ... by running /usr/bin/start.dfs&quot;, after DCE.</source>
        <extracomment>owner.yaml, step start-dfs-client, description</extracomment>
        <translation>Das „and then start DFS ... by running /usr/bin/start.dfs“ des Handbuchs, nach DCE.</translation>
    </message>
    <message>
        <source>Register the other node&apos;s application server ${peer_app_server} with HACMP</source>
        <extracomment>owner.yaml, step register-peer-app-server, title</extracomment>
        <translation>Den Anwendungsserver ${peer_app_server} des anderen Knotens bei HACMP registrieren</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DCE (mutual takeover); Application Server Scripts</source>
        <extracomment>owner.yaml, step register-peer-app-server, guide</extracomment>
        <translation>Kap. 2, Planning Considerations for DCE (gegenseitige Übernahme); Application Server Scripts</translation>
    </message>
    <message>
        <source>In mutual takeover each node&apos;s resource group has its own application server. Both are registered from here, in one configuration, before it is synchronised: synchronising from each node in turn would give the other node&apos;s server set to both. Its scripts are on both nodes (each installed them).</source>
        <extracomment>owner.yaml, step register-peer-app-server, description</extracomment>
        <translation>Bei gegenseitiger Übernahme hat die Ressourcengruppe jedes Knotens ihren eigenen Anwendungsserver. Beide werden von hier aus in einer Konfiguration registriert, bevor sie synchronisiert wird: Würde nacheinander von jedem Knoten aus synchronisiert, erhielten beide die Server des jeweils anderen. Seine Scripts liegen auf beiden Knoten (jeder hat sie installiert).</translation>
    </message>
    <message>
        <source>HACMP keeps the application server in this node&apos;s configuration only until the cluster resources are synchronised (SMIT&apos;s Synchronize Cluster Resources); a node whose configuration differs is refused when it joins, so the standby&apos;s cluster start would fail. Synchronising again changes nothing. Where the cluster manager runs (mutual takeover), the synchronisation is a dynamic reconfiguration: HACMP starts the newly registered application servers on the nodes that hold their resource groups, and the wizard waits for it to complete.</source>
        <extracomment>owner.yaml, step synchronise-resources, description</extracomment>
        <translation>HACMP führt den Anwendungsserver nur in der Konfiguration dieses Knotens, bis die Cluster-Ressourcen synchronisiert sind (Synchronize Cluster Resources in SMIT); ein Knoten mit abweichender Konfiguration wird beim Beitritt abgewiesen, der Cluster-Start des Standby-Knotens schlüge also fehl. Erneutes Synchronisieren ändert nichts. Wo der Cluster-Manager läuft (gegenseitige Übernahme), ist die Synchronisierung eine dynamische Rekonfiguration: HACMP startet die neu registrierten Anwendungsserver auf den Knoten, die ihre Ressourcengruppen halten, und der Assistent wartet, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Check that this node holds the resource group before the drill</source>
        <extracomment>drill.yaml, step before, title</extracomment>
        <translation>Prüfen, dass dieser Knoten vor der Übung die Ressourcengruppe hält</translation>
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
        <translation>Kap. 2, Supported HACMP Configurations</translation>
    </message>
    <message>
        <source>Check the shared DASD is here before the drill</source>
        <extracomment>drill.yaml, step before-shared, title</extracomment>
        <translation>Prüfen, dass Shared DASD vor der Übung hier ist</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DCE</source>
        <extracomment>drill.yaml, step before-shared, guide</extracomment>
        <translation>Kap. 2, Planning Considerations for DCE</translation>
    </message>
    <message>
        <source>Check DFS and its local cache before the drill</source>
        <extracomment>drill.yaml, step before-dfs, title</extracomment>
        <translation>DFS und seinen lokalen Cache vor der Übung prüfen</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DFS</source>
        <extracomment>drill.yaml, step before-dfs, guide</extracomment>
        <translation>Kap. 2, Planning Considerations for DFS</translation>
    </message>
    <message>
        <source>Stop HACMP on this node gracefully with takeover (clstop -gr)</source>
        <extracomment>drill.yaml, step takeover, title</extracomment>
        <translation>HACMP auf diesem Knoten ordnungsgemäß mit Übernahme stoppen (clstop -gr)</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Failover Actions: You can stop the owner node with a shutdown mode of graceful with takeover to force a failover of services</source>
        <extracomment>drill.yaml, step takeover, guide</extracomment>
        <translation>Kap. 2, DCE Failover Actions: You can stop the owner node with a shutdown mode of graceful with takeover to force a failover of services</translation>
    </message>
    <message>
        <source>Check that this node&apos;s stop script ran and the resources left</source>
        <extracomment>drill.yaml, step takeover-owner-released, title</extracomment>
        <translation>Prüfen, dass das Stopp-Script dieses Knotens lief und die Ressourcen ihn verlassen haben</translation>
    </message>
    <message>
        <source>Ch. 2: these stop scripts will be run on the owner node before actions on the standby/takeover node begin</source>
        <extracomment>drill.yaml, step takeover-owner-released, guide</extracomment>
        <translation>Kap. 2: these stop scripts will be run on the owner node before actions on the standby/takeover node begin</translation>
    </message>
    <message>
        <source>Check that DCE and the shared DASD left this node</source>
        <extracomment>drill.yaml, step takeover-owner-released-shared, title</extracomment>
        <translation>Prüfen, dass DCE und Shared DASD diesen Knoten verlassen haben</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Failover Actions</source>
        <extracomment>drill.yaml, step takeover-owner-released-shared, guide
----------
drill.yaml, step reintegrate-rotating-back, guide
----------
drill.yaml, step reintegrate-rotating-owner, guide</extracomment>
        <translation>Kap. 2, DCE Failover Actions</translation>
    </message>
    <message>
        <source>Check that the standby node took over IP address, shared DASD and DCE</source>
        <extracomment>drill.yaml, step takeover-standby, title</extracomment>
        <translation>Prüfen, dass der Standby-Knoten IP-Adresse, Shared DASD und DCE übernommen hat</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Failover Actions: HACMP on the standby/takeover node must take over IP address and shared DASD</source>
        <extracomment>drill.yaml, step takeover-standby, guide</extracomment>
        <translation>Kap. 2, DCE Failover Actions: HACMP on the standby/takeover node must take over IP address and shared DASD</translation>
    </message>
    <message>
        <source>Check that DCE started under the rotating resource&apos;s host name, and the host name was restored</source>
        <extracomment>drill.yaml, step takeover-standby-rotating, title</extracomment>
        <translation>Prüfen, dass DCE unter dem Hostnamen der rotierenden Ressource startete und der Hostname wiederhergestellt wurde</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Failover Actions: save the hostname ... set hostname to the name associated with the IP address of the rotating resource ... reset the hostname</source>
        <extracomment>drill.yaml, step takeover-standby-rotating, guide</extracomment>
        <translation>Kap. 2, DCE Failover Actions: save the hostname ... set hostname to the name associated with the IP address of the rotating resource ... reset the hostname</translation>
    </message>
    <message>
        <source>Check that DFS started on the standby with its own local cache</source>
        <extracomment>drill.yaml, step takeover-standby-dfs, title</extracomment>
        <translation>Prüfen, dass DFS auf dem Standby-Knoten mit dessen eigenem lokalen Cache startete</translation>
    </message>
    <message>
        <source>Ch. 2, DFS Failover Actions</source>
        <extracomment>drill.yaml, step takeover-standby-dfs, guide</extracomment>
        <translation>Kap. 2, DFS Failover Actions</translation>
    </message>
    <message>
        <source>Check that the DCE clients still run on this node</source>
        <extracomment>drill.yaml, step takeover-mutual-clients, title</extracomment>
        <translation>Prüfen, dass die DCE-Clients auf diesem Knoten weiterlaufen</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DCE (mutual takeover): DCE clients must be operating on both of the mutual takeover peer nodes</source>
        <extracomment>drill.yaml, step takeover-mutual-clients, guide</extracomment>
        <translation>Kap. 2, Planning Considerations for DCE (gegenseitige Übernahme): DCE clients must be operating on both of the mutual takeover peer nodes</translation>
    </message>
    <message>
        <source>Check that the DFS client still runs on this node</source>
        <extracomment>drill.yaml, step takeover-mutual-dfs-client, title</extracomment>
        <translation>Prüfen, dass der DFS-Client auf diesem Knoten weiterläuft</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DFS (mutual takeover): DFS clients must be operating on both of the mutual takeover peer nodes</source>
        <extracomment>drill.yaml, step takeover-mutual-dfs-client, guide</extracomment>
        <translation>Kap. 2, Planning Considerations for DFS (gegenseitige Übernahme): DFS clients must be operating on both of the mutual takeover peer nodes</translation>
    </message>
    <message>
        <source>Check that the other node took over this node&apos;s service address and applications</source>
        <extracomment>drill.yaml, step takeover-mutual, title</extracomment>
        <translation>Prüfen, dass der andere Knoten die Serviceadresse und die Anwendungen dieses Knotens übernommen hat</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DCE (mutual takeover): the DCE applications which are being taken over continue running on the service address for the node which failed</source>
        <extracomment>drill.yaml, step takeover-mutual, guide
----------
drill.yaml, step failure-survivor-mutual, guide</extracomment>
        <translation>Kap. 2, Planning Considerations for DCE (gegenseitige Übernahme): the DCE applications which are being taken over continue running on the service address for the node which failed</translation>
    </message>
    <message>
        <source>Stop HACMP on the standby node gracefully</source>
        <extracomment>drill.yaml, step reintegrate-dfs-stop-standby, title</extracomment>
        <translation>HACMP auf dem Standby-Knoten ordnungsgemäß stoppen</translation>
    </message>
    <message>
        <source>Ch. 2, DFS Reintegration Actions: the standby node must be shut down or rebooted before HACMP is started on the owner node</source>
        <extracomment>drill.yaml, step reintegrate-dfs-stop-standby, guide</extracomment>
        <translation>Kap. 2, DFS Reintegration Actions: the standby node must be shut down or rebooted before HACMP is started on the owner node</translation>
    </message>
    <message>
        <source>Reboot the standby node (the DFS kernel extensions stay loaded until a restart)</source>
        <extracomment>drill.yaml, step reintegrate-dfs-reboot-standby, title</extracomment>
        <translation>Den Standby-Knoten neu starten (die DFS-Kernel-Erweiterungen bleiben bis zu einem Neustart geladen)</translation>
    </message>
    <message>
        <source>Ch. 2, DFS Reintegration Actions</source>
        <extracomment>drill.yaml, step reintegrate-dfs-reboot-standby, guide
----------
drill.yaml, step reintegrate-owner-dfs, guide</extracomment>
        <translation>Kap. 2, DFS Reintegration Actions</translation>
    </message>
    <message>
        <source>Start HACMP on this node again (reintegration)</source>
        <extracomment>drill.yaml, step reintegrate-start-owner, title</extracomment>
        <translation>HACMP auf diesem Knoten wieder starten (Reintegration)</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Reintegration Actions: start HACMP on the owner node; the owner node reacquires its resources</source>
        <extracomment>drill.yaml, step reintegrate-start-owner, guide</extracomment>
        <translation>Kap. 2, DCE Reintegration Actions: start HACMP on the owner node; the owner node reacquires its resources</translation>
    </message>
    <message>
        <source>Check that this node reacquired its resources and DCE</source>
        <extracomment>drill.yaml, step reintegrate-owner, title</extracomment>
        <translation>Prüfen, dass dieser Knoten seine Ressourcen und DCE zurückerhalten hat</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Reintegration Actions</source>
        <extracomment>drill.yaml, step reintegrate-owner, guide
----------
drill.yaml, step reintegrate-owner-shared, guide</extracomment>
        <translation>Kap. 2, DCE Reintegration Actions</translation>
    </message>
    <message>
        <source>Check that this node took its service address and applications back</source>
        <extracomment>drill.yaml, step reintegrate-mutual, title</extracomment>
        <translation>Prüfen, dass dieser Knoten seine Serviceadresse und Anwendungen zurückgenommen hat</translation>
    </message>
    <message>
        <source>Ch. 2, Supported HACMP Configurations (mutual takeover: two cascading resource groups)</source>
        <extracomment>drill.yaml, step reintegrate-mutual, guide
----------
drill.yaml, step reintegrate-mutual-peer, guide
----------
drill.yaml, step failure-returned-mutual, guide</extracomment>
        <translation>Kap. 2, Supported HACMP Configurations (gegenseitige Übernahme: zwei kaskadierende Ressourcengruppen)</translation>
    </message>
    <message>
        <source>Check that the other node gave this node&apos;s applications back</source>
        <extracomment>drill.yaml, step reintegrate-mutual-peer, title</extracomment>
        <translation>Prüfen, dass der andere Knoten die Anwendungen dieses Knotens zurückgegeben hat</translation>
    </message>
    <message>
        <source>Check that the shared DASD is back on this node</source>
        <extracomment>drill.yaml, step reintegrate-owner-shared, title</extracomment>
        <translation>Prüfen, dass Shared DASD wieder auf diesem Knoten ist</translation>
    </message>
    <message>
        <source>Check that DFS runs here again with this node&apos;s local cache</source>
        <extracomment>drill.yaml, step reintegrate-owner-dfs, title</extracomment>
        <translation>Prüfen, dass DFS hier wieder mit dem lokalen Cache dieses Knotens läuft</translation>
    </message>
    <message>
        <source>Check that the standby node released the resources (its stop script stopped DCE)</source>
        <extracomment>drill.yaml, step reintegrate-dce-standby-released, title</extracomment>
        <translation>Prüfen, dass der Standby-Knoten die Ressourcen freigegeben hat (sein Stopp-Script stoppte DCE)</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Reintegration Actions: stop DCE on the standby/takeover node</source>
        <extracomment>drill.yaml, step reintegrate-dce-standby-released, guide</extracomment>
        <translation>Kap. 2, DCE Reintegration Actions: stop DCE on the standby/takeover node</translation>
    </message>
    <message>
        <source>Check that the returning node became the standby (no reintegration with rotating resources)</source>
        <extracomment>drill.yaml, step reintegrate-rotating, title</extracomment>
        <translation>Prüfen, dass der zurückkehrende Knoten zum Standby-Knoten wurde (keine Reintegration bei rotierenden Ressourcen)</translation>
    </message>
    <message>
        <source>Ch. 2: Reintegration does not occur in the HACMP one-for-one (hot) standby configuration with rotating resources</source>
        <extracomment>drill.yaml, step reintegrate-rotating, guide</extracomment>
        <translation>Kap. 2: Reintegration does not occur in the HACMP one-for-one (hot) standby configuration with rotating resources</translation>
    </message>
    <message>
        <source>Move the resources back to this node (graceful stop with takeover of the other node)</source>
        <extracomment>drill.yaml, step reintegrate-rotating-back, title</extracomment>
        <translation>Die Ressourcen auf diesen Knoten zurückholen (ordnungsgemäßer Stopp des anderen Knotens mit Übernahme)</translation>
    </message>
    <message>
        <source>Check that this node serves again</source>
        <extracomment>drill.yaml, step reintegrate-rotating-owner, title</extracomment>
        <translation>Prüfen, dass dieser Knoten wieder bedient</translation>
    </message>
    <message>
        <source>Start HACMP on the other node again</source>
        <extracomment>drill.yaml, step rejoin-standby, title</extracomment>
        <translation>HACMP auf dem anderen Knoten wieder starten</translation>
    </message>
    <message>
        <source>Restart the other node without stopping HACMP (a node failure)</source>
        <extracomment>drill.yaml, step failure-peer, title</extracomment>
        <translation>Den anderen Knoten neu starten, ohne HACMP zu stoppen (ein Knotenausfall)</translation>
    </message>
    <message>
        <source>Ch. 2, DCE Failover Actions: In the case of a nongraceful takeover, this stop script would not be started</source>
        <extracomment>drill.yaml, step failure-peer, guide
----------
drill.yaml, step failure-survivor, guide</extracomment>
        <translation>Kap. 2, DCE Failover Actions: In the case of a nongraceful takeover, this stop script would not be started</translation>
    </message>
    <message>
        <source>shutdown -Fr without clstop: for HACMP the node is lost, not stopped. The wait reads this node&apos;s hacmp.out, where the survivor logs the takeover.</source>
        <extracomment>drill.yaml, step failure-peer, description</extracomment>
        <translation>shutdown -Fr ohne clstop: Für HACMP ist der Knoten ausgefallen, nicht gestoppt. Die Wartezeit liest die hacmp.out dieses Knotens, in der der überlebende Knoten die Übernahme protokolliert.</translation>
    </message>
    <message>
        <source>Check that this node processed the other node&apos;s failure without a stop script</source>
        <extracomment>drill.yaml, step failure-survivor, title</extracomment>
        <translation>Prüfen, dass dieser Knoten den Ausfall des anderen Knotens ohne Stopp-Script verarbeitet hat</translation>
    </message>
    <message>
        <source>Check that this node took over the failed node&apos;s service address and applications</source>
        <extracomment>drill.yaml, step failure-survivor-mutual, title</extracomment>
        <translation>Prüfen, dass dieser Knoten Serviceadresse und Anwendungen des ausgefallenen Knotens übernommen hat</translation>
    </message>
    <message>
        <source>Start the DCE clients on the other node again (after its restart)</source>
        <extracomment>drill.yaml, step failure-peer-dce, title</extracomment>
        <translation>Die DCE-Clients auf dem anderen Knoten wieder starten (nach seinem Neustart)</translation>
    </message>
    <message>
        <source>Ch. 2, Planning Considerations for DCE (mutual takeover); ch. 3, Starting DCE and DFS with HACMP: start DCE by running /usr/bin/start.dce</source>
        <extracomment>drill.yaml, step failure-peer-dce, guide</extracomment>
        <translation>Kap. 2, Planning Considerations for DCE (gegenseitige Übernahme); Kap. 3, Starting DCE and DFS with HACMP: start DCE by running /usr/bin/start.dce</translation>
    </message>
    <message>
        <source>Start the DFS client on the other node again</source>
        <extracomment>drill.yaml, step failure-peer-dfs, title</extracomment>
        <translation>Den DFS-Client auf dem anderen Knoten wieder starten</translation>
    </message>
    <message>
        <source>Ch. 3, Starting DCE and DFS with HACMP: then start DFS by running /usr/bin/start.dfs</source>
        <extracomment>drill.yaml, step failure-peer-dfs, guide</extracomment>
        <translation>Kap. 3, Starting DCE and DFS with HACMP: then start DFS by running /usr/bin/start.dfs</translation>
    </message>
    <message>
        <source>Start HACMP on the restarted node (it reintegrates)</source>
        <extracomment>drill.yaml, step failure-rejoin-peer, title</extracomment>
        <translation>HACMP auf dem neu gestarteten Knoten starten (er reintegriert sich)</translation>
    </message>
    <message>
        <source>Ch. 2, Supported HACMP Configurations (cascading: the node takes its resources back)</source>
        <extracomment>drill.yaml, step failure-rejoin-peer, guide</extracomment>
        <translation>Kap. 2, Supported HACMP Configurations (kaskadierend: der Knoten nimmt seine Ressourcen zurück)</translation>
    </message>
    <message>
        <source>Check that this node gave the returning node&apos;s applications back</source>
        <extracomment>drill.yaml, step failure-returned-mutual, title</extracomment>
        <translation>Prüfen, dass dieser Knoten die Anwendungen des zurückkehrenden Knotens zurückgegeben hat</translation>
    </message>
    <message>
        <source>Check that the cluster is back as it was before the drill</source>
        <extracomment>drill.yaml, step after, title</extracomment>
        <translation>Prüfen, dass der Cluster wieder so ist wie vor der Übung</translation>
    </message>
    <message>
        <source>Record where the resources are before the drill</source>
        <extracomment>drill.yaml, step timeline-before, title</extracomment>
        <translation>Festhalten, wo die Ressourcen vor der Übung sind</translation>
    </message>
    <message>
        <source>before the drill</source>
        <extracomment>drill.yaml, step timeline-before, stage (a column of the drill&apos;s timeline)</extracomment>
        <translation>vor der Übung</translation>
    </message>
    <message>
        <source>Record where the resources are after the takeover</source>
        <extracomment>drill.yaml, step timeline-takeover, title</extracomment>
        <translation>Festhalten, wo die Ressourcen nach der Übernahme sind</translation>
    </message>
    <message>
        <source>after the takeover</source>
        <extracomment>drill.yaml, step timeline-takeover, stage (a column of the drill&apos;s timeline)</extracomment>
        <translation>nach der Übernahme</translation>
    </message>
    <message>
        <source>Record where the resources are after this node&apos;s return</source>
        <extracomment>drill.yaml, step timeline-returned, title</extracomment>
        <translation>Festhalten, wo die Ressourcen nach der Rückkehr dieses Knotens sind</translation>
    </message>
    <message>
        <source>after this node&apos;s return</source>
        <extracomment>drill.yaml, step timeline-returned, stage (a column of the drill&apos;s timeline)</extracomment>
        <translation>nach der Rückkehr dieses Knotens</translation>
    </message>
    <message>
        <source>Record where the resources are after moving them back</source>
        <extracomment>drill.yaml, step timeline-moved-back, title</extracomment>
        <translation>Festhalten, wo die Ressourcen nach der Rückverlagerung sind</translation>
    </message>
    <message>
        <source>after moving them back</source>
        <extracomment>drill.yaml, step timeline-moved-back, stage (a column of the drill&apos;s timeline)</extracomment>
        <translation>nach der Rückverlagerung</translation>
    </message>
    <message>
        <source>Record where the resources are after the other node rejoined</source>
        <extracomment>drill.yaml, step timeline-rejoined, title</extracomment>
        <translation>Festhalten, wo die Ressourcen nach dem Wiedereintritt des anderen Knotens sind</translation>
    </message>
    <message>
        <source>after the other node rejoined</source>
        <extracomment>drill.yaml, step timeline-rejoined, stage (a column of the drill&apos;s timeline)</extracomment>
        <translation>nach dem Wiedereintritt des anderen Knotens</translation>
    </message>
    <message>
        <source>Record where the resources are after the other node&apos;s failure</source>
        <extracomment>drill.yaml, step timeline-failure, title</extracomment>
        <translation>Festhalten, wo die Ressourcen nach dem Ausfall des anderen Knotens sind</translation>
    </message>
    <message>
        <source>after the other node&apos;s failure</source>
        <extracomment>drill.yaml, step timeline-failure, stage (a column of the drill&apos;s timeline)</extracomment>
        <translation>nach dem Ausfall des anderen Knotens</translation>
    </message>
    <message>
        <source>Record where the resources are after the failed node rejoined</source>
        <extracomment>drill.yaml, step timeline-failed-rejoined, title</extracomment>
        <translation>Festhalten, wo die Ressourcen nach dem Wiedereintritt des ausgefallenen Knotens sind</translation>
    </message>
    <message>
        <source>after the failed node rejoined</source>
        <extracomment>drill.yaml, step timeline-failed-rejoined, stage (a column of the drill&apos;s timeline)</extracomment>
        <translation>nach dem Wiedereintritt des ausgefallenen Knotens</translation>
    </message>
    <message>
        <source>Check that the other node&apos;s cluster manager runs before the drill</source>
        <extracomment>drill.yaml, step before-peer, title</extracomment>
        <translation>Prüfen, dass der Cluster-Manager des anderen Knotens vor der Übung läuft</translation>
    </message>
    <message>
        <source>Both nodes must be up in the cluster: a takeover needs a node to take over. On the simulated cluster this also tells a mistyped --peer-root (a fresh node) from the other node.</source>
        <extracomment>drill.yaml, step before-peer, description</extracomment>
        <translation>Beide Knoten müssen im Cluster aktiv sein: Eine Übernahme braucht einen Knoten, der übernimmt. Auf dem simulierten Cluster unterscheidet dies außerdem ein vertipptes --peer-root (einen neuen Knoten) vom anderen Knoten.</translation>
    </message>
</context>
</TS>
