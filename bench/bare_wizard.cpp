// The benchmark's yardstick for the GUI's start: a bare QWizard with one page, shown as the wizard shows its
// window, quit after its first paint (DCEHA_QUIT_AFTER_FIRST_PAINT).
#include "gui/FirstPaint.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.setWizardStyle(QWizard::ClassicStyle);
    auto* page = new QWizardPage;
    page->setTitle(QStringLiteral("Welcome"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("A bare QWizard with one page.")));
    wizard.addPage(page);
    wizard.resize(1120, 720);
    dceha::FirstPaint::watch(&wizard);
    wizard.show();
    return QApplication::exec();
}
