#!/bin/sh
# Install (or upgrade, or remove) the storedesk station on this Linux PC, from the unpacked
# storedesk-<version>-linux-<arch>.tar.gz (this script sits next to the bundle folder):
#
#   sudo ./install.sh --user NAME        install or upgrade; NAME: the account that runs the till
#   sudo ./install.sh --uninstall        remove the program; the data folder is always kept
#
# What goes where (the defaults; each has an option, for tests or a different layout):
#   /opt/storedesk/                                  the program (--prefix)
#   /usr/local/bin/storedesk                         a launcher (--bindir), see below
#   /var/lib/storedesk/                              the till's data folder (--data-dir): owned by
#                                                    the --user account, group "storedesk" (--group),
#                                                    mode 2770; --no-group: left to whoever runs this
#   /usr/local/share/applications/storedesk.desktop  the menu entry (--appsdir)
#   /usr/local/share/icons/hicolor/256x256/apps/storedesk.png   its icon (--iconsdir)
#
# The launcher sets STOREDESK_DATA_DIR=/var/lib/storedesk unless it is already set, so the
# menu entry and every `storedesk ...` command typed in a terminal (status, config, backup)
# use the same, per-machine folder whoever is signed in; --data-dir still overrides it. It also
# sets umask 007: nothing storedesk creates there is readable outside the group (sales data).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=/opt/storedesk
BINDIR=/usr/local/bin
DATADIR=/var/lib/storedesk
APPSDIR=/usr/local/share/applications
ICONSDIR=/usr/local/share/icons/hicolor
GROUP=storedesk
USE_GROUP=1
USERS=""
UNINSTALL=0
MARK="# storedesk launcher, written by install.sh"

die() { echo "install.sh: $*" >&2; exit 1; }
usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX=${2:?}; shift ;;
        --bindir) BINDIR=${2:?}; shift ;;
        --data-dir) DATADIR=${2:?}; shift ;;
        --appsdir) APPSDIR=${2:?}; shift ;;
        --iconsdir) ICONSDIR=${2:?}; shift ;;
        --group) GROUP=${2:?}; shift ;;
        --no-group) USE_GROUP=0 ;;
        --user) USERS="$USERS ${2:?}"; shift ;;
        --uninstall) UNINSTALL=1 ;;
        -h|--help) usage 0 ;;
        *) echo "install.sh: unknown option $1" >&2; usage 2 ;;
    esac
    shift
done

case "$PREFIX" in /*) ;; *) die "--prefix must be an absolute path" ;; esac
case "$DATADIR" in /*) ;; *) die "--data-dir must be an absolute path" ;; esac
[ "$(id -u)" -eq 0 ] || USE_GROUP=0  # only root can create the group and hand the folder to it

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPSDIR" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f "$ICONSDIR" 2>/dev/null || true
}

if [ "$UNINSTALL" -eq 1 ]; then
    if [ -f "$BINDIR/storedesk" ] && grep -q "^$MARK" "$BINDIR/storedesk"; then
        rm -f "$BINDIR/storedesk"
    fi
    rm -f "$APPSDIR/storedesk.desktop" "$ICONSDIR/256x256/apps/storedesk.png"
    rm -rf "$PREFIX"
    refresh_menus
    echo "storedesk removed. The data folder $DATADIR was kept (the store's sales and journal):"
    echo "back it up, then delete it yourself if this PC no longer sells."
    exit 0
fi

[ -x "$HERE/storedesk/storedesk" ] ||
    die "no bundle next to this script ($HERE/storedesk/storedesk): unpack the whole tar.gz first"
[ -f "$HERE/storedesk.desktop" ] || die "missing $HERE/storedesk.desktop"
[ -f "$HERE/storedesk.png" ] || die "missing $HERE/storedesk.png"
PARENT=$(dirname "$PREFIX")
mkdir -p "$PARENT" 2>/dev/null || true
[ -w "$PARENT" ] || die "cannot write to $PARENT: run it as root (sudo $0)"

# 1. the program: copied next to the old one, then swapped in, so a failed copy changes nothing
rm -rf "$PREFIX.new" "$PREFIX.old"
cp -a "$HERE/storedesk" "$PREFIX.new"
if [ -e "$PREFIX" ]; then mv "$PREFIX" "$PREFIX.old"; fi
mv "$PREFIX.new" "$PREFIX"
rm -rf "$PREFIX.old"

# 2. the per-machine data folder (never replaced or emptied by an upgrade). storedesk 0.1 creates
#    its files readable by the group but writable by their owner only, so the folder belongs to
#    the account that runs the till (the first --user); IT staff use that account or sudo.
CREATED=0
[ -d "$DATADIR" ] || CREATED=1
mkdir -p "$DATADIR"
if [ "$USE_GROUP" -eq 1 ]; then
    getent group "$GROUP" >/dev/null 2>&1 || groupadd --system "$GROUP"
    OWNER=""
    for user in $USERS; do
        id "$user" >/dev/null 2>&1 || die "no such user: $user"
        usermod -a -G "$GROUP" "$user"
        echo "added $user to the group $GROUP (effective at that user's next sign-in)"
        [ -n "$OWNER" ] || OWNER=$user
    done
    if [ -n "$OWNER" ]; then
        chown -R "$OWNER:$GROUP" "$DATADIR"
    elif [ "$CREATED" -eq 1 ]; then
        chown "root:$GROUP" "$DATADIR"
    fi
    chmod 2770 "$DATADIR"
else
    chmod 2770 "$DATADIR"
    [ -z "$USERS" ] || echo "install.sh: --no-group: --user ignored" >&2
fi

# 3. the launcher, the menu entry and the icon
mkdir -p "$BINDIR" "$APPSDIR" "$ICONSDIR/256x256/apps"
cat > "$BINDIR/storedesk.tmp" <<EOF
#!/bin/sh
$MARK: the program is $PREFIX/storedesk.
# One data folder for this machine; --data-dir, or STOREDESK_DATA_DIR set beforehand, override it.
: "\${STOREDESK_DATA_DIR:=$DATADIR}"
export STOREDESK_DATA_DIR
umask 007
exec "$PREFIX/storedesk" "\$@"
EOF
chmod 755 "$BINDIR/storedesk.tmp"
mv "$BINDIR/storedesk.tmp" "$BINDIR/storedesk"
# Exec= names the launcher by its full path: menus do not always search /usr/local/bin
sed -e "s|^Exec=storedesk\$|Exec=$BINDIR/storedesk|" -e "s|^TryExec=storedesk\$|TryExec=$BINDIR/storedesk|" \
    "$HERE/storedesk.desktop" > "$APPSDIR/storedesk.desktop"
chmod 644 "$APPSDIR/storedesk.desktop"
cp "$HERE/storedesk.png" "$ICONSDIR/256x256/apps/storedesk.png"
chmod 644 "$ICONSDIR/256x256/apps/storedesk.png"
refresh_menus

# 4. report: the version, and any system library Qt still lacks (see installer/README.md)
VERSION=$("$BINDIR/storedesk" --version 2>&1) || die "the installed program does not start: $VERSION"
MISSING=""
if command -v ldd >/dev/null 2>&1; then
    MISSING=$(for lib in "$PREFIX"/_internal/PySide6/Qt/plugins/platforms/libqxcb.so \
                         "$PREFIX"/_internal/PySide6/Qt/lib/libQt6*.so.6; do
                  [ -f "$lib" ] && LD_LIBRARY_PATH="$PREFIX/_internal" ldd "$lib" 2>/dev/null
              done | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
fi
echo "installed $VERSION in $PREFIX"
echo "  command:     $BINDIR/storedesk (data folder $DATADIR)"
echo "  menu entry:  $APPSDIR/storedesk.desktop"
if [ -n "$MISSING" ]; then
    echo "WARNING: system libraries the app needs are missing: $MISSING" >&2
    echo "  Debian/Ubuntu: see 'System libraries' in installer/README.md (apt-get install ...)" >&2
fi
if [ ! -f "$DATADIR/storedesk.db" ]; then
    echo "next: create the store as the account that runs the till (not with sudo), e.g."
    echo "  storedesk init --store PAR01 --station T1 --name 'My shop' --manager-user max --manager-pin 9876"
    echo "  (or: storedesk init --demo   to try the demo store)"
fi
