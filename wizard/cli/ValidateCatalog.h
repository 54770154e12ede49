#pragma once

#include <QString>

namespace dceha {

/** `--validate-catalog FILE`: for whoever edits the procedure. Prints every problem of the catalog FILE
 * (CatalogCheck) to stderr, each prefixed with the file; @return 0 valid (a line saying so on stdout), 2 not
 * or unreadable. */
int validateCatalog(const QString& file);

} // namespace dceha
