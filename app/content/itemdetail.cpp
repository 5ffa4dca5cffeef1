#include "itemdetail.h"

#include "dates.h"
#include "terms.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace tongban {

namespace {
std::optional<int> optInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}
std::optional<bool> optBool(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<bool>(v.toInt() != 0);
}
} // namespace

std::optional<ItemDetail> ItemDetail::load(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT i.id, i.name, i.department_id, d.name, i.mode, i.approver, i.conditions, i.statutory_limit, "
        "i.statutory_unit, i.promised_limit, i.promised_unit, i.fee_charged, i.fee, i.visits, i.status, i.batch, "
        "i.start_date, i.planned, i.statement_date, coalesce(s.title, ''), i.phone, i.keywords, i.source, "
        "i.task_code, i.handle_code, coalesce(i.url_template, ''), coalesce(l.pattern, ''), i.url, i.url_verified_at, "
        "i.url_verified_by FROM items i JOIN departments d ON d.id = i.department_id "
        "LEFT JOIN sources s ON s.id = i.statement_source LEFT JOIN links l ON l.id = i.url_template WHERE i.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ItemDetail d;
    int c = 0;
    d.id = q.value(c++).toString();
    d.name = q.value(c++).toString();
    d.departmentId = q.value(c++).toString();
    d.departmentName = q.value(c++).toString();
    d.mode = q.value(c++).toString();
    d.approver = q.value(c++).toString();
    d.conditions = q.value(c++).toString();
    d.statutoryLimit = optInt(q.value(c++));
    d.statutoryUnit = q.value(c++).toString();
    d.promisedLimit = optInt(q.value(c++));
    d.promisedUnit = q.value(c++).toString();
    d.feeCharged = optBool(q.value(c++));
    d.fee = q.value(c++).toString();
    d.visits = optInt(q.value(c++));
    d.status = q.value(c++).toString();
    d.batch = q.value(c++).toString();
    d.startDate = q.value(c++).toString();
    d.planned = q.value(c++).toString();
    d.statementDate = q.value(c++).toString();
    d.statementSource = q.value(c++).toString();
    d.phone = q.value(c++).toString();
    d.keywords = q.value(c++).toString();
    d.source = q.value(c++).toString();
    d.link.name = d.name;
    d.link.taskCode = q.value(c++).toString();
    d.link.handleCode = q.value(c++).toString();
    d.link.templateId = q.value(c++).toString();
    d.link.pattern = q.value(c++).toString();
    d.link.literal = q.value(c++).toString();
    d.link.verifiedAt = q.value(c++).toString();
    d.link.verifiedBy = q.value(c++).toString();

    QSqlQuery cities(db);
    cities.prepare(QStringLiteral("SELECT c.code, c.name FROM item_cities ic JOIN cities c ON c.code = ic.city_code "
                                  "WHERE ic.item_id = ? ORDER BY c.sort"));
    cities.addBindValue(id);
    cities.exec();
    while (cities.next()) {
        d.cityCodes.append(cities.value(0).toString());
        d.cityNames.append(cities.value(1).toString());
    }
    QSqlQuery themes(db);
    themes.prepare(QStringLiteral("SELECT t.name FROM item_themes it JOIN themes t ON t.id = it.theme_id "
                                  "WHERE it.item_id = ? ORDER BY t.sort, t.name"));
    themes.addBindValue(id);
    themes.exec();
    while (themes.next())
        d.themeNames.append(themes.value(0).toString());
    QSqlQuery channels(db);
    channels.prepare(QStringLiteral("SELECT kind, name FROM channels WHERE item_id = ? ORDER BY rowid"));
    channels.addBindValue(id);
    channels.exec();
    while (channels.next())
        (channels.value(0).toString() == QLatin1String("online") ? d.onlineChannels : d.offlineChannels)
            .append(channels.value(1).toString());
    QSqlQuery materials(db);
    materials.prepare(
        QStringLiteral("SELECT seq, name, required, form, copies, note FROM materials WHERE item_id = ? ORDER BY seq"));
    materials.addBindValue(id);
    materials.exec();
    while (materials.next())
        d.materials.append({materials.value(0).toInt(), materials.value(1).toString(), optBool(materials.value(2)),
            materials.value(3).toString(), optInt(materials.value(4)), materials.value(5).toString()});
    return d;
}

QString ItemDetail::qrCaption(const ItemLink &resolved) const
{
    return resolved.deep() ? tr("手机扫码，在吉事办办理") : tr("扫码打开吉事办，搜索「%1」").arg(name);
}

QStringList ItemDetail::unknownFields() const
{
    QStringList names;
    if (mode.isEmpty())
        names.append(tr("通办方式"));
    if (conditions.isEmpty())
        names.append(tr("受理条件"));
    if (materials.isEmpty())
        names.append(tr("需要带的材料"));
    if (promisedText().isEmpty() && statutoryText().isEmpty())
        names.append(tr("办理时限"));
    if (feeText().isEmpty())
        names.append(tr("收费", "the guide's field name"));
    if (visitsText().isEmpty())
        names.append(tr("到现场次数"));
    if (phone.isEmpty())
        names.append(tr("咨询电话"));
    return names;
}

QString ItemDetail::unknownLine(const QStringList &fieldNames)
{
    if (fieldNames.isEmpty())
        return {};
    return tr("以下信息请以吉事办页面或窗口告知为准：%1").arg(fieldNames.join(tr("、")));
}

QString ItemDetail::limitText(const std::optional<int> &limit, const QString &unit)
{
    if (unit == QStringLiteral("即办"))
        return tr("即办件");
    if (!limit)
        return {};
    return tr("%1 个%2").arg(*limit).arg(term(unit.isEmpty() ? QStringLiteral("工作日") : unit));
}

QString ItemDetail::feeText() const
{
    if (!feeCharged)
        return fee;
    if (!*feeCharged)
        return tr("不收费");
    return fee.isEmpty() ? tr("收费") : tr("收费：%1").arg(fee);
}

QString ItemDetail::visitsText() const
{
    if (!visits)
        return {};
    if (*visits == 0)
        return tr("零跑动");
    if (*visits == 1)
        return tr("最多跑一次");
    return tr("到现场 %1 次").arg(*visits);
}

QString ItemDetail::statusText() const
{
    QString text;
    if (status == QStringLiteral("在办")) {
        text = tr("已开通圈内通办");
        if (!batch.isEmpty())
            text += QStringLiteral("（%1）").arg(batch);
        if (!startDate.isEmpty())
            text += tr("，自 %1 起").arg(displayDate(startDate));
        // A plan stated alongside (one service, two departments' statements): shown with it.
        if (!planned.isEmpty())
            text += QStringLiteral("；%1").arg(planned);
    } else if (status == QStringLiteral("即将开通")) {
        text = tr("即将开通");
        if (!planned.isEmpty())
            text += QStringLiteral("：%1").arg(planned);
    } else {
        text = status;
    }
    if (!statementDate.isEmpty())
        text = tr("据 %1 消息：%2").arg(displayDate(statementDate), text);
    return text;
}

QString ItemDetail::materialText(const Material &m) const
{
    QStringList parts;
    if (!m.form.isEmpty())
        parts.append(m.form);
    if (m.copies)
        parts.append(tr("%1 份").arg(*m.copies));
    if (m.required)
        parts.append(*m.required ? tr("必需") : tr("可选"));
    if (!m.note.isEmpty())
        parts.append(m.note);
    return parts.join(QStringLiteral(" · "));
}

} // namespace tongban
