#pragma once

#include "State.h"

#include <QByteArray>

namespace aixsim {

/** YAML form of the simulated node's state files (`<root>/.aixsim/odm.yaml`, `<shared>/dasd.yaml`).
 * Plain and readable on purpose: a person debugging a rehearsal can open them. */
QByteArray toYaml(const NodeState& node);
QByteArray toYaml(const SharedState& shared);
/** @return false (and a reason) when the text is not a state file this version understands. */
bool fromYaml(const QByteArray& text, NodeState* node, QString* error);
bool fromYaml(const QByteArray& text, SharedState* shared, QString* error);

} // namespace aixsim
