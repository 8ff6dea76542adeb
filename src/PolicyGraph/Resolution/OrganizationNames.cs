namespace PolicyGraph.Resolution;

/// <summary>
/// Brings the canonical names of government bodies to their standard full form, so that 天津市发改委,
/// 天津市发展改革委 and 天津市发展和改革委员会 become one node. Only a name's ending is rewritten: the
/// place qualifier in front stays as the extraction gave it.
/// </summary>
/// <remarks>
/// The table lists the short forms in common use for the standard names of State Council ministries and
/// commissions and of their provincial, city and county counterparts (names as on www.gov.cn's list of
/// departments and the provincial government sites). Short forms with more than one full form
/// (网信办, 政协, 市委) are left out on purpose: they are resolved by alias, not rewritten.
/// </remarks>
internal static class OrganizationNames
{
    // Longest short form first, so that 发展改革委 wins over a shorter ending of the same name.
    private static readonly (string Short, string Full)[] Endings = Sorted(
    [
        ("发改委", "发展和改革委员会"),
        ("发展改革委", "发展和改革委员会"),
        ("工信部", "工业和信息化部"),
        ("工信厅", "工业和信息化厅"),
        ("工信局", "工业和信息化局"),
        ("工业和信息化委", "工业和信息化委员会"),
        ("工信委", "工业和信息化委员会"),
        ("科技部", "科学技术部"),
        ("科技厅", "科学技术厅"),
        ("科技局", "科学技术局"),
        ("科委", "科学技术委员会"),
        ("科协", "科学技术协会"),
        ("人社部", "人力资源和社会保障部"),
        ("人社厅", "人力资源和社会保障厅"),
        ("人社局", "人力资源和社会保障局"),
        ("住建部", "住房和城乡建设部"),
        ("住建厅", "住房和城乡建设厅"),
        ("住建局", "住房和城乡建设局"),
        ("住建委", "住房和城乡建设委员会"),
        ("卫健委", "卫生健康委员会"),
        ("卫生健康委", "卫生健康委员会"),
        ("国资委", "国有资产监督管理委员会"),
        ("市场监管局", "市场监督管理局"),
        ("市场监管总局", "市场监督管理总局"),
        ("文旅部", "文化和旅游部"),
        ("文旅厅", "文化和旅游厅"),
        ("文旅局", "文化和旅游局"),
        ("商务委", "商务委员会"),
        ("教委", "教育委员会"),
        ("交委", "交通运输委员会"),
        ("网信委", "网络安全和信息化委员会"),
        ("应急局", "应急管理局"),
        ("应急厅", "应急管理厅"),
        ("医保局", "医疗保障局"),
        ("环保局", "环境保护局"),
        ("生态环境委", "生态环境委员会"),
        ("统战部", "统一战线工作部"),
        ("组织部", "组织部"),
        ("人大常委会", "人民代表大会常务委员会"),
        ("省政府", "省人民政府"),
        ("市政府", "市人民政府"),
        ("区政府", "区人民政府"),
        ("县政府", "县人民政府"),
        ("自治区政府", "自治区人民政府"),
        ("经开区", "经济技术开发区"),
        ("经开区管委会", "经济技术开发区管委会"),
        ("经开区党工委", "经济技术开发区党工委"),
        ("高新区", "高新技术产业开发区"),
        ("高新区管委会", "高新技术产业开发区管委会"),
        ("高新区党工委", "高新技术产业开发区党工委"),
        ("综保区", "综合保税区"),
    ]);

    /// <summary>The standard form of <paramref name="canonical"/>: trimmed, its ending rewritten to the full name when it is a known short form.</summary>
    public static string Normalize(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        var name = canonical.Trim();
        foreach (var (shortForm, full) in Endings)
        {
            // A name that is only the short form (市政府, 发改委) has no place to qualify it; it stays as it is
            // and is resolved by alias, because 市政府 is a different body in every city.
            if (name.Length > shortForm.Length && name.EndsWith(shortForm, StringComparison.Ordinal)
                && !name.EndsWith(full, StringComparison.Ordinal))
            {
                return string.Concat(name.AsSpan(0, name.Length - shortForm.Length), full);
            }
        }

        return name;
    }

    private static (string, string)[] Sorted((string Short, string Full)[] table) =>
        [.. table.Where(e => e.Short != e.Full).OrderByDescending(e => e.Short.Length).ThenBy(e => e.Short, StringComparer.Ordinal)];
}
