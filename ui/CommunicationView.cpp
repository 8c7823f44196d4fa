#include "CommunicationView.h"

#include "CurrentCommunication.h"
#include "DisplayText.h"
#include "MessageBanner.h"
#include "SafeTextBrowser.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

namespace commdesk {

namespace {

QString dateText(const std::optional<ApiDate> &date)
{
    return date ? DisplayText::dateTime(date->toUtc()) : QString();
}

QString parameterValue(const UnrestrictedParameter &parameter)
{
    if (parameter.value.canConvert<ApiDate>())
        return DisplayText::dateTime(parameter.value.value<ApiDate>().toUtc());
    return parameter.value.toString();
}

} // namespace

CommunicationView::CommunicationView(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_banner(new MessageBanner(this))
    , m_title(new QLabel(this))
    , m_placeholder(new QLabel(this))
    , m_details(new QWidget(this))
    , m_grid(new QGridLayout(m_details))
    , m_content(new SafeTextBrowser(this))
{
    setAccessibleName(tr("Communication details"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Subject"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    m_content->setAccessibleName(tr("Content"));
    setFocusProxy(m_content); // the pane's keys scroll what is read

    // The header shows every field at its full height (no scroll box of its own cutting rows in half); the
    // body below takes the rest and scrolls.
    m_details->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_split = new QWidget(this);
    auto *split = new QVBoxLayout(m_split);
    split->setContentsMargins(0, 0, 0, 0);
    split->addWidget(m_details);
    split->addWidget(m_content, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_title);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_split, 1);
    clear();
}

void CommunicationView::setToolBar(QToolBar *toolBar)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->replaceWidget(m_toolBar, toolBar);
    toolBar->setVisible(m_toolBar->isVisible());
    delete m_toolBar;
    m_toolBar = toolBar;
}

void CommunicationView::follow(CurrentCommunication *current)
{
    connect(current, &CurrentCommunication::loading, this, &CommunicationView::showLoading);
    connect(current, &CurrentCommunication::cleared, this, &CommunicationView::clear);
    connect(current, &CurrentCommunication::failed, this, [this](const QString &text) {
        clear(); // the pane never shows one communication while the list selects another
        showError(text);
    });
    connect(current, &CurrentCommunication::shown, this,
            [this](const Communication &communication, const QDateTime &copySavedAt) {
                showCommunication(communication);
                if (copySavedAt.isValid())
                    m_banner->showMessage(MessageBanner::Kind::Information,
                                          tr("The server cannot be reached: this is the copy saved on %1, and it "
                                             "may have changed since.")
                                              .arg(DisplayText::dateTime(copySavedAt)));
            });
}

void CommunicationView::clear()
{
    m_communication.reset();
    m_title->clear();
    m_banner->hide();
    m_placeholder->setText(tr("Select a communication to read it."));
    m_placeholder->show();
    m_toolBar->hide();
    m_split->hide();
}

void CommunicationView::showLoading(const QString &number)
{
    m_banner->hide();
    m_placeholder->setText(tr("Loading %1…").arg(number));
    m_placeholder->show();
}

void CommunicationView::showError(const QString &text)
{
    m_banner->showMessage(MessageBanner::Kind::Error, text);
    if (!m_communication)
        m_placeholder->setText(QString());
}

QString CommunicationView::fieldText(const QString &label) const
{
    const auto fields = m_details->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
    for (QLabel *field : fields) {
        if (field->property("fieldLabel").toString() == label)
            return field->text();
    }
    return {};
}

void CommunicationView::clearFields()
{
    const auto children = m_details->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *child : children)
        delete child;
    m_nextCell = 0;
}

void CommunicationView::addRow(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    // Two label/value pairs a row; a long value takes a row of its own.
    const bool wide = value.size() > 48 || value.contains(QLatin1Char('\n'));
    if (wide && m_nextCell % 2 == 1)
        ++m_nextCell;
    const int row = m_nextCell / 2;
    const int column = (m_nextCell % 2) * 2;
    auto *name = new QLabel(label + QLatin1Char(':'), m_details);
    name->setAlignment(Qt::AlignRight | Qt::AlignTop);
    name->setEnabled(false); // the muted colour of a caption
    auto *field = new QLabel(value, m_details);
    field->setTextFormat(Qt::PlainText); // server text is never interpreted as markup here
    field->setWordWrap(wide);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setAccessibleName(label);
    field->setProperty("fieldLabel", label);
    name->setBuddy(field);
    m_grid->addWidget(name, row, column);
    m_grid->addWidget(field, row, column + 1, 1, wide ? 3 : 1);
    m_nextCell += wide ? 2 : 1;
}

void CommunicationView::showCommunication(const Communication &c)
{
    m_communication = c;
    m_banner->hide();
    m_placeholder->hide();
    m_toolBar->show();
    m_split->show();
    clearFields();

    m_title->setText(c.subject.isEmpty() ? tr("(no subject)") : c.subject);
    addRow(tr("Number"), c.number);
    if (c.logInformation)
        addRow(tr("Created"), dateText(c.logInformation->createdDate));
    QString kind;
    if (c.direction)
        kind = DisplayText::direction(*c.direction);
    if (c.media)
        kind += (kind.isEmpty() ? QString() : QStringLiteral(" · ")) + DisplayText::media(*c.media);
    addRow(tr("Kind"), kind);
    addRow(tr("To"), c.to);
    if (c.lifeCycleState)
        addRow(tr("State"), DisplayText::state(*c.lifeCycleState));
    if (c.lifeCycleState == LifeCycleState::Completed && c.viewed) {
        addRow(tr("Viewed"),
               *c.viewed ? (c.viewedOn ? tr("Yes, %1").arg(dateText(c.viewedOn)) : tr("Yes")) : tr("Not yet"));
    }
    if (c.contact)
        addRow(tr("Contact"), QStringLiteral("%1 (%2)").arg(c.contact->displayName(), c.contact->number));
    addGroup(c);
    m_content->setContent(c.content);
}

void CommunicationView::addGroup(const Communication &c)
{
    if (c.category)
        addRow(tr("Category"), c.category->name);
    if (c.templateRef)
        addRow(tr("Template"), c.templateRef->name);
    if (c.externalSystem)
        addRow(tr("External system"), c.externalSystem->name);
    if (c.ownedByGroup)
        addRow(tr("Owned by group"), c.ownedByGroup->name);
    if (c.privacyLevel)
        addRow(tr("Privacy level"), c.privacyLevel->name);
    if (c.referringTo) {
        addRow(tr("Refers to"),
               QStringLiteral("%1 %2").arg(DisplayText::referringEntity(c.referringTo->entity), c.referringTo->number));
    }
    addRow(tr("Notes"), c.notes);
    for (size_t i = 0; i < c.udfStrings.size(); ++i)
        addRow(tr("Text field %1").arg(i + 1), c.udfStrings[i]);
    for (size_t i = 0; i < c.udfFloats.size(); ++i)
        addRow(tr("Number field %1").arg(i + 1), c.udfFloats[i] ? QLocale().toString(*c.udfFloats[i]) : QString());
    for (size_t i = 0; i < c.udfDates.size(); ++i)
        addRow(tr("Date field %1").arg(i + 1), dateText(c.udfDates[i]));
    for (const UnrestrictedParameter &parameter : c.unrestrictedParameters)
        addRow(parameter.name.isEmpty() ? parameter.key : parameter.name, parameterValue(parameter));
    if (c.logInformation) {
        const LogInformation &log = *c.logInformation;
        if (log.createdBy)
            addRow(tr("Created by"), log.createdBy->username);
        if (log.updatedDate)
            addRow(tr("Changed"),
                   QStringLiteral("%1 (%2)").arg(dateText(log.updatedDate),
                                                 log.updatedBy ? log.updatedBy->username : QString()));
    }
}

} // namespace commdesk
