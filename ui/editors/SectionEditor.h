#pragma once

#include "domain/Report.h"
#include "domain/Section.h"
#include "domain/Validation.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QThread;

namespace reportdesk {

class Catalog;
struct QueryPreview;

// Edits one section of a report. The kind-specific fields sit on a stacked page; the report's
// variables, time range and zone come in through setReportContext() so the Markdown preview
// and "Run query" see what the report will see.
class SectionEditor : public QWidget {
    Q_OBJECT

public:
    explicit SectionEditor(Catalog *catalog, QWidget *parent = nullptr);
    ~SectionEditor() override;

    void setSection(const Section &section);
    Section section() const { return m_section; }
    void setReportContext(const Report &report);
    // Errors for this section, keyed without the "sections[i]." prefix ("query", "image", ...).
    void setErrors(const QHash<QString, QString> &errors);
    // Focuses the widget for a key such as "query"; false when there is none.
    bool focusField(const QString &key);

    // Loads an image file into an image section; false (with the error shown) when it is not
    // an image. The file dialog calls this; tests call it directly.
    bool setImageFile(const QString &path);

public slots:
    void runQuery();
    void reloadDataSources();

signals:
    void changed();
    void queryFinished(bool ok);

private:
    QWidget *buildTextPage();
    QWidget *buildQueryPage();
    QWidget *buildImagePage();
    QWidget *buildPlainPage(const QString &text);
    void loadWidgets();
    void edited();
    void updateTextPreview();
    void updateParameterHint();
    void updateImagePreview();
    void showQueryResult(const QString &error, const QueryPreview *preview);
    void columnsEdited();
    void addColumnRow(const ColumnFormat &column);
    void fillColumnsFromPreview();
    void chooseImage();

    Catalog *m_catalog;
    Section m_section;
    Report m_context;
    bool m_loading = false;
    quint64 m_queryGeneration = 0;
    QPointer<QThread> m_queryThread;
    QStringList m_lastColumns;

    QLabel *m_kindLabel;
    QLineEdit *m_titleEdit;
    QSpinBox *m_widthSpin;
    QLabel *m_widthError;
    QStackedWidget *m_pages;
    QWidget *m_textPage;
    QWidget *m_queryPage;
    QWidget *m_imagePage;
    QWidget *m_pageBreakPage;
    QWidget *m_remotePage;
    // Text
    QPlainTextEdit *m_markdownEdit;
    QTextBrowser *m_markdownPreview;
    QLabel *m_undefinedVariablesLabel;
    // Table / chart
    QComboBox *m_dataSourceCombo;
    QLabel *m_dataSourceError;
    QPlainTextEdit *m_queryEdit;
    QLabel *m_queryError;
    QLabel *m_parameterHint;
    QPushButton *m_runButton;
    QLabel *m_queryStatus;
    QTableView *m_previewView;
    QStandardItemModel *m_previewModel;
    QWidget *m_columnsBox;
    QTableWidget *m_columnsTable;
    QWidget *m_chartBox;
    QComboBox *m_chartTypeCombo;
    QLineEdit *m_categoryEdit;
    QLineEdit *m_seriesEdit;
    // Image
    QLabel *m_imagePreview;
    QLabel *m_imageNameLabel;
    QLabel *m_imageError;
    QPushButton *m_chooseImageButton;
    // Remote snapshot
    QLabel *m_remoteLabel;
};

} // namespace reportdesk
