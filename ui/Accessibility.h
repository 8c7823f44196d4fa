#pragma once

class QLineEdit;
class QToolBar;

namespace commdesk::accessibility {

// What Qt makes without a name, named for screen readers (docs/architecture.md "Keyboard").

// Shows the field's clear button, named "Clear" (Qt's has only an icon).
void enableClearButton(QLineEdit *field);
// The tool bar's "more" button, shown when its actions do not fit.
void nameOverflowButton(QToolBar *toolBar);

} // namespace commdesk::accessibility
