#include "PdfMetadata.h"

#include <QRegularExpression>

namespace reportdesk {

namespace {

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// A PDF text string in UTF-16BE with its byte order mark, as hex: safe for any character.
QByteArray pdfText(const QString &text)
{
    QByteArray out("<FEFF");
    for (const QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out + '>';
}

QByteArray pdfDate(const QDateTime &when)
{
    return "(D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

} // namespace

QByteArray PdfMetadata::xmp(const PdfInfo &info, bool pdfA)
{
    const QByteArray date =
        info.created.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1();
    QByteArray x;
    x += "<?xpacket begin='\xEF\xBB\xBF' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
         "<dc:format>application/pdf</dc:format>\n"
         "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
         xmlEscaped(info.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!info.author.isEmpty())
        x += "<dc:creator><rdf:Seq><rdf:li>" + xmlEscaped(info.author) +
             "</rdf:li></rdf:Seq></dc:creator>\n";
    x += "</rdf:Description>\n";
    x += "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
         "<xmp:CreatorTool>" +
         xmlEscaped(info.creator) + "</xmp:CreatorTool>\n<xmp:CreateDate>" + date +
         "</xmp:CreateDate>\n<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n<xmp:MetadataDate>" +
         date + "</xmp:MetadataDate>\n</rdf:Description>\n";
    x += "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
         "<pdf:Producer>" +
         xmlEscaped(info.producer) + "</pdf:Producer>\n</rdf:Description>\n";
    if (pdfA)
        x += "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
             "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
             "</rdf:Description>\n";
    x += "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>";
    return x;
}

QByteArray PdfMetadata::infoUpdate(const QByteArray &tail, qint64 size, const PdfInfo &info,
                                   QString *error)
{
    const qsizetype trailerAt = tail.lastIndexOf("trailer");
    if (trailerAt < 0) {
        *error = QStringLiteral("the PDF has no trailer");
        return {};
    }
    const QString trailer = QString::fromLatin1(tail.mid(trailerAt));
    auto number = [&](const QString &pattern) {
        const auto m = QRegularExpression(pattern).match(trailer);
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    };
    const qint64 objects = number(QStringLiteral("/Size\\s+(\\d+)"));
    const qint64 root = number(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R"));
    const qint64 prev = number(QStringLiteral("startxref\\s+(\\d+)"));
    const qint64 infoObject = number(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R"));
    if (objects < 0 || root < 0 || prev < 0) {
        *error = QStringLiteral("the PDF trailer lacks /Size, /Root or startxref");
        return {};
    }
    // Reuse the engine's Info object number; without one, add a new object.
    const qint64 id = infoObject >= 0 ? infoObject : objects;
    const qint64 newSize = infoObject >= 0 ? objects : objects + 1;
    const auto idArray = QRegularExpression(QStringLiteral("/ID\\s*\\[[^\\]]*\\]")).match(trailer);

    QByteArray out = "\n";
    const qint64 objectAt = size + out.size();
    out += QByteArray::number(id) + " 0 obj\n<<\n/Title " + pdfText(info.title) + '\n';
    if (!info.author.isEmpty())
        out += "/Author " + pdfText(info.author) + '\n';
    out += "/Creator " + pdfText(info.creator) + "\n/Producer " + pdfText(info.producer) +
           "\n/CreationDate " + pdfDate(info.created) + "\n/ModDate " + pdfDate(info.created) +
           "\n>>\nendobj\n";
    const qint64 xrefAt = size + out.size();
    out += "xref\n0 1\n0000000000 65535 f \n" + QByteArray::number(id) + " 1\n" +
           QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(newSize) + "\n/Info " +
           QByteArray::number(id) + " 0 R\n/Root " + QByteArray::number(root) + " 0 R\n";
    if (idArray.hasMatch())
        out += idArray.captured(0).toLatin1() + '\n';
    out += "/Prev " + QByteArray::number(prev) + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) +
           "\n%%EOF\n";
    return out;
}

TailRecorder::TailRecorder(QIODevice *target, qsizetype keep)
    : m_target(target)
    , m_keep(keep)
{}

qint64 TailRecorder::writeData(const char *data, qint64 size)
{
    const qint64 n = m_target->write(data, size);
    if (n <= 0)
        return n;
    m_written += n;
    m_tail.append(data, n);
    if (m_tail.size() > 2 * m_keep) // trim in batches: the engine writes in small pieces
        m_tail.remove(0, m_tail.size() - m_keep);
    return n;
}

} // namespace reportdesk
