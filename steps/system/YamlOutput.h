#pragma once

#include "YamlInput.h"

#include <QString>
#include <QStringList>
#include <yaml-cpp/emitter.h>

namespace dceha {

/** @brief Typed YAML output: what the wizard writes (the record, the checkpoint, saved answers) reads back
 * with the same types in any parser, YAML 1.1 ones included (PyYAML, Ansible).
 *
 * yaml-cpp's emitter quotes only strings that it would itself read as null, so a string `no`, `50`, `0x1F` or
 * `1:20` came out plain and a YAML 1.1 parser read it as a boolean or a number. Every string goes through
 * string(), which quotes it when any YAML 1.1 or 1.2 resolver would give it another type; numbers and
 * booleans are written by the emitter's own typed operators and stay plain. */
namespace yamlout {

/** Whether @p s, written plain, would be read as a boolean, null, an integer, a float, a timestamp or a
 * merge/value key by a YAML 1.1 or 1.2 parser. */
bool isAmbiguous(const QString& s);
/** Emits @p s as a string: quoted when isAmbiguous(), else as the emitter chooses. */
void string(YAML::Emitter& out, const QString& s);
/** A flow sequence of strings. */
void strings(YAML::Emitter& out, const QStringList& list);
/** Emits a value the checked reader built, keeping its types: a plain scalar stays plain (it was a number or
 * a boolean in the input), a quoted one is emitted as a string, null as `~`. */
void value(YAML::Emitter& out, const YamlValue& v);
/** @p v on one line in flow style, typed as value() writes it (for messages and comparisons). */
QString oneLine(const YamlValue& v);

} // namespace yamlout

} // namespace dceha
