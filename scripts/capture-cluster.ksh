#!/bin/ksh
# capture-cluster.ksh: READ-ONLY. It changes nothing on this node: it only runs AIX's and HACMP's listing
# commands and writes on its standard output (no file, not even a temporary one).
# It reads: hostname, ifconfig -a, netstat -in (the hardware addresses), lspv, bootinfo -s DISK (each disk
# lspv lists), lvlstmajor, cllsif -c, cllsgrp, cllsres -g GROUP (each group), odmget HACMPgroup and
# odmget HACMPcluster (the cluster's name).
#
# What it writes is this node's part of a description of the cluster for the simulated node (aixsim), to
# rehearse the wizard on a twin of this very cluster:
#   part_of_node:   the HACMP node this is (the node whose boot adapter's address is on one of this
#                   node's interfaces in ifconfig -a; else its standby adapter's; else the host name)
#   cluster:        name, nodes, adapters and resource groups, from HACMP's listings (alike on both nodes)
#   nodes: {NODE:}  hostname, interfaces (name, boot address, hardware address), every disk lspv lists
#                   (name, PVID, size in 4 MB partitions: bootinfo -s MB / 4) and the rootvg disks
#   majors_in_use:  the major numbers in use: all from 0 up to the open run, but the free ones lvlstmajor
#                   lists
# A part is not a description: run this on both nodes, then merge the two parts (which disks are shared is
# told by the PVIDs both nodes see):
#   ksh capture-cluster.ksh > node1.yaml          (on node1; node2.yaml on node2)
#   merge-cluster node1.yaml node2.yaml > cluster.yaml
#   aixsim --cluster cluster.yaml --root DIR --shared-dasd DIR hostname
#
# Usage: capture-cluster.ksh [-n CLUSTER_NAME]
#   -n  the cluster's name, when odmget HACMPcluster does not give it (give the same on both nodes)
#
# For AIX 4.2's ksh88: no [[ ]], no $(< ), no GNU options; awk as POSIX has it (no gawk extensions). The awk
# program is given as an argument: about 9 KB of AIX 4.2's ARG_MAX (24 KB, the environment included).

set -f # words from the listings are never file name patterns
PATH=$PATH:/usr/bin:/usr/sbin:/etc:/usr/sbin/cluster/utilities
LANG=C
LC_ALL=C
export PATH LANG LC_ALL
prog=capture-cluster

die() {
    print -u2 -r -- "$prog: $*"
    exit 1
}

usage() {
    print -u2 -r -- "usage: $prog [-n CLUSTER_NAME] > THIS_NODE.yaml (read-only: changes nothing)"
    exit 2
}

name=""
while getopts n: opt; do
    case $opt in
        n) name=$OPTARG ;;
        *) usage ;;
    esac
done
typeset -i skip
((skip = OPTIND - 1))
shift $skip
[ $# -eq 0 ] || usage

host=$(hostname) || die "hostname failed"
ifc=$(ifconfig -a) || die "ifconfig -a failed"
# The hardware addresses (netstat's link-level rows); without them the part says it made them up.
nets=$(netstat -in 2>/dev/null) || nets=""
pvs=$(lspv) || die "lspv failed"
majors=$(lvlstmajor) || die "lvlstmajor failed"
adapters=$(cllsif -c) || die "cllsif -c failed: is HACMP configured on this node?"
groups=$(cllsgrp) || die "cllsgrp failed"
odmgroups=$(odmget HACMPgroup) || die "odmget HACMPgroup failed"
if [ -z "$name" ]; then
    name=$(odmget HACMPcluster 2>/dev/null |
        awk '$1 == "name" { v = $0; sub(/^[^"]*"/, "", v); sub(/".*$/, "", v); print v; exit }')
fi

sizes=""
for disk in $(print -r -- "$pvs" | awk 'NF >= 2 { print $1 }'); do
    size=$(bootinfo -s "$disk") || die "bootinfo -s $disk failed"
    sizes="$sizes@@ bootinfo $disk
$size
"
done
resources=""
for group in $groups; do
    res=$(cllsres -g "$group") || die "cllsres -g $group failed"
    resources="$resources@@ cllsres $group
$res
"
done

# Everything read, one section after another ("@@ SECTION [ARG]"), for one awk program that writes the part.
# shellcheck disable=SC2016 # an awk program: its $1 and $0 are awk's
program='
function q(v,   out, i, ch) {
    # A text as YAML reads it back: plain when that is safe, else double-quoted.
    if (v != "" && v ~ /^[A-Za-z0-9_\/][A-Za-z0-9_.\/-]*$/ && v !~ /\.\./ &&
        tolower(v) !~ /^(y|n|yes|no|on|off|true|false|null)$/)
        return v
    out = ""
    for (i = 1; i <= length(v); i++) {
        ch = substr(v, i, 1)
        if (ch == "\\" || ch == "\"")
            out = out "\\"
        out = out ch
    }
    return "\"" out "\""
}
function qlist(s,   n, a, i, out) {
    n = split(s, a, " ")
    out = ""
    for (i = 1; i <= n; i++) {
        if (i > 1)
            out = out ", "
        out = out q(a[i])
    }
    return "[" out "]"
}
function quoted(line,   v) {
    v = line
    sub(/^[^"]*"/, "", v)
    sub(/"[^"]*$/, "", v)
    return v
}
function fail(msg) {
    print "capture-cluster: " msg | "cat 1>&2"
    failed = 1
    exit 1
}
function range(from, to) {
    if (from == to)
        return q(from "")
    return q(from ".." to)
}
/^@@ / { sec = $2; arg = $3; next }
sec == "hostname" && NF { host = $1 }
sec == "name" && NF { cname = $0 }
sec == "ifconfig" {
    if ($0 ~ /^[A-Za-z]+[0-9]*: /) {
        cur = $1
        sub(/:$/, "", cur)
        nif++
        ifname[nif] = cur
    } else if ($1 == "inet" && cur != "" && !(cur in ifaddr)) {
        ifaddr[cur] = $2
        on[$2] = cur
    }
}
sec == "netstat" && $3 ~ /^link#/ && $4 ~ /^[0-9a-fA-F]+(\.[0-9a-fA-F]+)+$/ { hw[$1] = $4 }
sec == "lspv" && NF >= 2 { nd++; dname[nd] = $1; dpvid[nd] = $2; dvg[nd] = (NF >= 3) ? $3 : "None" }
sec == "bootinfo" && NF { dsize[arg] = $1 }
sec == "lvlstmajor" && NF { majors = majors $0 }
sec == "cllsif" && $0 !~ /^#/ && NF {
    if (split($0, f, ":") < 9)
        fail("cllsif -c: not label:type:network:net_type:attribute:node:address:hardware:interface: " $0)
    na++
    alabel[na] = f[1]; atype[na] = f[2]; anet[na] = f[3]; anode[na] = f[6]; aaddr[na] = f[7]; aif[na] = f[9]
}
sec == "cllsgrp" && NF { ng++; gname[ng] = $1 }
sec == "odmget" && $1 == "group" { g = quoted($0) }
sec == "odmget" && $1 == "type" { gtype[g] = quoted($0) }
sec == "odmget" && $1 == "nodes" { gnodes[g] = quoted($0) }
sec == "cllsres" && index($0, "=") {
    key = $0; sub(/=.*$/, "", key); gsub(/[ \t]/, "", key)
    v = $0; sub(/^[^=]*=/, "", v); gsub(/"/, "", v)
    res[arg, key] = v
}
END {
    if (failed)
        exit 1
    # This node in HACMP: the node of the boot adapter whose address one of its interfaces has, else of
    # the standby adapter, else the host name (when it is a cluster node).
    for (i = 1; i <= na; i++) {
        if (!(aaddr[i] in on))
            continue
        if (atype[i] == "boot" && bootnode == "") { bootnode = anode[i]; why = i }
        if (atype[i] == "standby" && stbynode == "") { stbynode = anode[i]; whys = i }
    }
    if (bootnode != "") {
        this = bootnode
        how = "its boot adapter " alabel[why] " (" aaddr[why] ") is on " on[aaddr[why]]
    } else if (stbynode != "") {
        this = stbynode
        how = "its standby adapter " alabel[whys] " (" aaddr[whys] ") is on " on[aaddr[whys]]
    } else {
        this = host
        how = "no adapter address of cllsif -c is on an interface: the host name"
    }
    nn = 0
    for (i = 1; i <= na; i++)
        if (!(anode[i] in seen)) { seen[anode[i]] = 1; nn++; node[nn] = anode[i] }
    if (!(this in seen))
        fail("this node (" this ": " how ") is not one of the cluster nodes cllsif -c lists")

    for (i = 1; i <= nd; i++)
        if (!(dname[i] in dsize) || dsize[dname[i]] !~ /^[0-9]+$/)
            fail("bootinfo -s " dname[i] ": no size in MB")

    # The majors in use: from 0 up to the open run N..., but the free ones listed.
    n = split(majors, m, ",")
    prev = 0; used = ""; open = 0
    for (i = 1; i <= n; i++) {
        item = m[i]
        gsub(/[ \t]/, "", item)
        if (item ~ /^[0-9]+\.\.\.$/) {
            from = substr(item, 1, length(item) - 3) + 0; to = -1; open = 1
        } else if (item ~ /^[0-9]+\.\.[0-9]+$/) {
            p = index(item, ".."); from = substr(item, 1, p - 1) + 0; to = substr(item, p + 2) + 0
        } else if (item ~ /^[0-9]+$/) {
            from = item + 0; to = from
        } else {
            fail("lvlstmajor: " item " is not a number, a range a..b or an open run N...")
        }
        if (from > prev)
            used = used (used == "" ? "" : ", ") range(prev, from - 1)
        if (open)
            break
        prev = to + 1
    }

    placeholder = (cname == "")
    if (placeholder)
        cname = "twin"
    print "# One node\047s part of a description of HACMP cluster " cname ", for a twin on the simulated node"
    print "# (aixsim): written by scripts/capture-cluster.ksh on " this " (hostname " host "), which changed"
    print "# nothing there. Not a description by itself: merge it with the other node\047s part,"
    print "#   merge-cluster THIS_PART OTHER_PART > cluster.yaml"
    print "# this node: " this " in HACMP: " how
    print "part_of_node: " q(this)
    print "cluster:"
    if (placeholder)
        print "  # the name: odmget HACMPcluster gave none; a placeholder (give the real one with -n NAME)"
    print "  name: " q(cname)
    line = ""
    for (i = 1; i <= nn; i++)
        line = line (i > 1 ? " " : "") node[i]
    print "  nodes: " qlist(line)
    print "  adapters:"
    for (i = 1; i <= na; i++)
        print "    - { label: " q(alabel[i]) ", type: " q(atype[i]) ", network: " q(anet[i]) ", address: " \
            q(aaddr[i]) ", node: " q(anode[i]) ", interface: " q(aif[i]) " }"
    print "  resource_groups:"
    for (i = 1; i <= ng; i++) {
        g = gname[i]
        print "    - { name: " q(g) ", policy: " q(gtype[g]) ", nodes: " qlist(gnodes[g]) \
            ", service_labels: " qlist(res[g, "SERVICE_LABEL"]) ", vgs: " qlist(res[g, "VOLUME_GROUP"]) \
            ", filesystems: " qlist(res[g, "FILESYSTEM"]) ", app_servers: " qlist(res[g, "APPLICATIONS"]) " }"
    }
    print "nodes:"
    print "  " q(this) ":"
    print "    hostname: " q(host)
    print "    interfaces:"
    for (i = 1; i <= nif; i++) {
        ifn = ifname[i]
        if (!(ifn in ifaddr) || ifn ~ /^lo[0-9]*$/)
            continue
        if (ifn !~ /^(en|tr|fi|at)[0-9]+$/) {
            print "      # " ifn " (" ifaddr[ifn] ") left out: the simulated node has en, tr, fi and at interfaces"
            continue
        }
        addr = ifaddr[ifn]
        # An address HACMP moved here (a service address, or one of the other node after a takeover):
        # the own address of the interface is that of its boot (else standby) adapter on this node.
        moved = 0
        for (k = 1; k <= na; k++)
            if (aaddr[k] == addr && (atype[k] == "service" || anode[k] != this))
                moved = k
        if (moved) {
            own = ""
            for (k = 1; k <= na; k++)
                if (anode[k] == this && aif[k] == ifn && atype[k] == "boot")
                    own = aaddr[k]
            for (k = 1; k <= na && own == ""; k++)
                if (anode[k] == this && aif[k] == ifn && atype[k] == "standby")
                    own = aaddr[k]
            if (own != "") {
                print "      # " ifn " has " alabel[moved] "\047s address " addr " now: its own is " own " (cllsif -c)"
                addr = own
            }
        }
        if (ifn in hw) {
            hard = hw[ifn]
        } else {
            hard = "0.0.0.0.0." i
            print "      # " ifn "\047s hardware address: not in netstat -in; a placeholder"
        }
        print "      - { name: " q(ifn) ", address: " q(addr) ", hardware: " q(hard) " }"
    }
    print "    disks:"
    rootvg = ""
    for (i = 1; i <= nd; i++) {
        d = dname[i]; p = tolower(dpvid[i])
        if (length(p) != 16 || p !~ /^[0-9a-f]+$/) {
            print "      # " d " left out: no PVID (lspv: " dpvid[i] "); a disk is described by its PVID"
            continue
        }
        if (dvg[i] == "rootvg")
            rootvg = rootvg (rootvg == "" ? "" : " ") d
        else if (dvg[i] != "None")
            print "      # " d ": in volume group " dvg[i] " here; the twin has it blank (only rootvg is described)"
        print "      - { name: " q(d) ", pvid: " q(p) ", pps: " int(dsize[d] / 4) " }"
    }
    if (rootvg != "")
        print "    rootvg: " qlist(rootvg)
    print "majors_in_use:"
    if (!open)
        print "  # lvlstmajor listed no open run (N...): the numbers above the last free one listed are left free"
    print "  " q(this) ": [" used "]"
}
'

{
    print "@@ hostname"
    print -r -- "$host"
    print "@@ name"
    print -r -- "$name"
    print "@@ ifconfig"
    print -r -- "$ifc"
    print "@@ netstat"
    print -r -- "$nets"
    print "@@ lspv"
    print -r -- "$pvs"
    print -r -- "$sizes"
    print "@@ lvlstmajor"
    print -r -- "$majors"
    print "@@ cllsif"
    print -r -- "$adapters"
    print "@@ cllsgrp"
    print -r -- "$groups"
    print "@@ odmget"
    print -r -- "$odmgroups"
    print -r -- "$resources"
} | awk "$program"
