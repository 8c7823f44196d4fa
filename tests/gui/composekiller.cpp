// A helper for tst_localdrafts: a compose window in a process of its own that types a subject,
// prints "typed", and waits to be killed. The data folder is named on the command line.
#include "ComposeDialog.h"
#include "CrmConnection.h"
#include "Settings.h"
#include "Workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString dataFolder = QString::fromLocal8Bit(argv[1]);
    commdesk::CrmConnection connection; // no server: nothing needs one here
    commdesk::Settings settings(dataFolder + QStringLiteral("/settings.ini"));
    commdesk::Workspace workspace(&connection, &settings, dataFolder);
    commdesk::ComposeDialog dialog(&workspace);
    dialog.show();
    QTimer::singleShot(100, &dialog, [&dialog, subject = QString::fromLocal8Bit(argv[2])] {
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("subject"));
        if (!field)
            QCoreApplication::exit(4);
        field->setFocus();
        QTest::keyClicks(field, subject);
        std::fputs("typed\n", stdout);
        std::fflush(stdout);
    });
    return app.exec();
}
