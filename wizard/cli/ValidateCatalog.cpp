#include "ValidateCatalog.h"

#include "procedure/CatalogCheck.h"
#include "procedure/ExitCode.h"
#include "system/InputFile.h"

#include <cstdio>

namespace dceha {

int validateCatalog(const QString& file)
{
    QString error;
    const std::optional<QByteArray> text = InputFile::read(file, &error);
    if (!text) {
        std::fprintf(stderr, "dce-ha-wizard: %s\n", qPrintable(error));
        return ExitRefused;
    }
    const QStringList problems = CatalogCheck::problems(*text);
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "dce-ha-wizard: %s is not a valid procedure catalog (%lld problems):\n",
                     qPrintable(file), qlonglong(problems.size()));
        for (const auto& p : problems)
            std::fprintf(stderr, "  %s: %s\n", qPrintable(file), qPrintable(p));
        return ExitRefused;
    }
    std::printf("%s: a valid procedure catalog\n", qPrintable(file));
    return ExitComplete;
}

} // namespace dceha
