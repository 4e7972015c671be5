#include "Section.h"

#include <array>
#include <utility>

namespace reportdesk {

namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, n] : table) {
        if (v == value)
            return QString::fromLatin1(n);
    }
    return {};
}

template <typename E, std::size_t N>
bool valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &name, E *out)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1String(n)) {
            *out = v;
            return true;
        }
    }
    return false;
}

using K = Section::Kind;
constexpr std::array kKinds{
    std::pair{K::Text, "text"},           std::pair{K::Table, "table"},
    std::pair{K::Chart, "chart"},         std::pair{K::Image, "image"},
    std::pair{K::PageBreak, "pageBreak"}, std::pair{K::RemoteSnapshot, "remoteSnapshot"}};

using C = Section::ChartType;
constexpr std::array kCharts{std::pair{C::Bar, "bar"}, std::pair{C::Line, "line"},
                             std::pair{C::Pie, "pie"}};

using A = ColumnFormat::Align;
constexpr std::array kAligns{std::pair{A::Auto, "auto"}, std::pair{A::Left, "left"},
                             std::pair{A::Right, "right"}, std::pair{A::Center, "center"}};

} // namespace

QString Section::kindName(Kind kind)
{
    return nameOf(kKinds, kind);
}
bool Section::kindFromName(const QString &name, Kind *kind)
{
    return valueOf(kKinds, name, kind);
}
QString Section::chartTypeName(ChartType type)
{
    return nameOf(kCharts, type);
}
bool Section::chartTypeFromName(const QString &name, ChartType *type)
{
    return valueOf(kCharts, name, type);
}
QString Section::alignName(ColumnFormat::Align align)
{
    return nameOf(kAligns, align);
}
bool Section::alignFromName(const QString &name, ColumnFormat::Align *align)
{
    return valueOf(kAligns, name, align);
}

} // namespace reportdesk
