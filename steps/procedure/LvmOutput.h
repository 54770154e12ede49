#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dceha {

/** Parsers for the LVM commands' output (shared/reference/aix-commands.md), tolerant of spacing. */
namespace lvm {

/** The value after "LABEL:" in lslv/lsvg's two-column label/value layout; empty when absent. */
QString labelValue(const QString& text, const QString& label);

struct LvRow
{
    QString name, type, state, mountPoint;
    int lps = 0;
};
/** The rows of `lsvg -l VG`. */
QList<LvRow> lvRows(const QString& text);

/** The PP size in MB from `lsvg VG` ("PP SIZE: 4 megabyte(s)"), 0 when absent. */
int ppSizeMb(const QString& lsvgText);

/** A run of free major numbers in `lvlstmajor` output: `24..29` (from 24 to 29), `33` (33 alone), `35...`
 * (35 and every number above: @ref to is -1). */
struct MajorRun
{
    int from = 0;
    int to = 0;
};
/** `lvlstmajor` output as AIX prints it (lvlstmajor.c: counting from 0, comma-separated single numbers and
 * `a..b` ranges, the last free run `N...`), for example `24..29,33,35...`; an item that is not one of these
 * is left out. */
QList<MajorRun> freeMajors(const QString& lvlstmajorText);
/** Whether @p major is free according to `lvlstmajor` output. */
bool majorFree(const QString& lvlstmajorText, int major);
/** The lowest free major number of at least @p floor in `lvlstmajor` output, 0 when there is none. The
 * wizard asks for one of at least 10 (the answers' rule): below that AIX's own devices live. */
int lowestFreeMajor(const QString& lvlstmajorText, int floor = 10);

/** `lspv` rows: disk → VG name ("None" when in no VG). */
QList<QPair<QString, QString>> pvRows(const QString& text);
/** One `lspv` row in full. */
struct PvRow
{
    QString disk, pvid, vg; ///< vg: "None" when in no VG
};
QList<PvRow> pvTable(const QString& text);
/** The VG's size and free space in MB from `lsvg VG` ("TOTAL PPs: 537 (2148 megabytes)", "FREE PPs: …");
 * false when either is absent. */
bool vgSpaceMb(const QString& lsvgText, int* totalMb, int* freeMb);

} // namespace lvm
} // namespace dceha
