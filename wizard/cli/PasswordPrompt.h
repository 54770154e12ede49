#pragma once

#include <QByteArray>
#include <optional>

namespace dceha {

/** @brief The cell_admin password: DCE_CELL_ADMIN_PASSWORD when set, else asked on the terminal with echo
 * off; nullopt when neither is possible (no terminal). The value is never stored by the wizard. */
std::optional<QByteArray> cellAdminPassword();

} // namespace dceha
