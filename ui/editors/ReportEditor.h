#pragma once

#include "domain/Report.h"
#include "domain/Validation.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace reportdesk {

class Catalog;
class ScheduleEditor;
class SectionEditor;

// Edits one report: general fields, content sections, page, output, time range/variables and
// schedule (a ScheduleEditor, whose errors join the report's).
// Every change is validated at once with Validation::checkReport; errors show next to their
// fields and in a summary at the top. The editor never writes to the catalog: the main window
// saves report() (through its undo stack) and calls setReport() with the stored value again,
// or showSaveError() when the catalog refuses it.
class ReportEditor : public QWidget {
    Q_OBJECT

public:
    explicit ReportEditor(Catalog *catalog, QWidget *parent = nullptr);
    ~ReportEditor() override;

    void setReport(const Report &report); // loads; clears modified
    Report report() const;                // the edited value (id, folderId kept)
    bool isModified() const;
    bool isValid() const; // no field errors
    FieldErrors errors() const;

    // Shows a message from a failed save (e.g. a duplicate name) at the top of the editor until
    // the next edit or setReport().
    void showSaveError(const QString &message);

public slots:
    void revert(); // back to the last setReport()

signals:
    void modifiedChanged(bool modified);
    void validityChanged(bool valid);
    void changed(); // after every edit and every setReport(): report() may differ

private:
    struct FieldView {
        QWidget *field = nullptr;
        QLabel *errorLabel = nullptr;
    };

    QWidget *buildGeneralPage();
    QWidget *buildContentPage();
    QWidget *buildPagePage();
    QWidget *buildOutputPage();
    QWidget *buildTimePage();
    QWidget *scrollable(QWidget *page);
    QMenu *buildAddSectionMenu(QWidget *parent);

    void loadWidgets();
    void loadSectionList(int select);
    void loadVariables();
    void reloadBrandingProfiles();
    void edited();
    void updateErrors();
    void updateTimePreview();
    void updateSectionItem(int row);
    void focusField(const QString &key);
    void scheduleEdited();
    int currentSection() const;
    void selectSection(int row);

    void addSection(int kind);
    void removeSection();
    void moveSection(int delta);
    void duplicateSection();
    void variablesEdited();

    Catalog *m_catalog;
    Report m_original;
    Report m_report;
    bool m_loading = false;
    bool m_lastModified = false;
    bool m_lastValid = true;
    FieldErrors m_errors;
    QHash<QString, FieldView> m_fields;

    QLabel *m_saveErrorLabel;
    QLabel *m_errorSummary;
    QTabWidget *m_tabs;
    // General
    QLineEdit *m_nameEdit;
    QLineEdit *m_titleEdit;
    QPlainTextEdit *m_descriptionEdit;
    QPlainTextEdit *m_messageEdit;
    QLineEdit *m_ownerEdit;
    QLineEdit *m_tagsEdit;
    QCheckBox *m_enabledCheck;
    // Content
    QStackedWidget *m_contentStack;
    QWidget *m_emptyContent;
    QWidget *m_sectionsContent;
    QListWidget *m_sectionList;
    QToolButton *m_addSectionButton;
    QPushButton *m_removeSectionButton;
    QPushButton *m_upSectionButton;
    QPushButton *m_downSectionButton;
    QPushButton *m_duplicateSectionButton;
    SectionEditor *m_sectionEditor;
    // Page
    QComboBox *m_pageSizeCombo;
    QComboBox *m_orientationCombo;
    QComboBox *m_layoutCombo;
    QDoubleSpinBox *m_marginTop;
    QDoubleSpinBox *m_marginBottom;
    QDoubleSpinBox *m_marginLeft;
    QDoubleSpinBox *m_marginRight;
    // Output
    QHash<QString, QCheckBox *> m_formatChecks;
    QComboBox *m_brandingCombo;
    // Time & variables
    QComboBox *m_presetCombo;
    QLineEdit *m_fromEdit;
    QLineEdit *m_toEdit;
    QLabel *m_timePreview;
    QComboBox *m_timeZoneCombo;
    QTableWidget *m_variablesTable;
    // Schedule
    ScheduleEditor *m_scheduleEditor;
};

} // namespace reportdesk
