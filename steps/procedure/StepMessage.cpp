#include "StepMessage.h"

namespace dceha {

QString StepMessage::fill(QString t) const
{
    for (const QStringList& g : m_groups) {
        // QString::arg with that many arguments: the lowest placeholders, each filled once.
        switch (g.size()) {
        case 1:
            t = t.arg(g.at(0));
            break;
        case 2:
            t = t.arg(g.at(0), g.at(1));
            break;
        case 3:
            t = t.arg(g.at(0), g.at(1), g.at(2));
            break;
        case 4:
            t = t.arg(g.at(0), g.at(1), g.at(2), g.at(3));
            break;
        case 5:
            t = t.arg(g.at(0), g.at(1), g.at(2), g.at(3), g.at(4));
            break;
        case 6:
            t = t.arg(g.at(0), g.at(1), g.at(2), g.at(3), g.at(4), g.at(5));
            break;
        default:
            for (const QString& a : g)
                t = t.arg(a);
        }
    }
    return t;
}

} // namespace dceha
