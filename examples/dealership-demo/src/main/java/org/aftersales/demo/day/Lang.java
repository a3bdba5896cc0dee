package org.aftersales.demo.day;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.value.Money;

/**
 * The language of the output: every label, status and rule name in English or in Chinese,
 * money to the fen, times in the dealership's zone, and tables whose columns line up even
 * with Chinese characters (two columns wide on a terminal).
 */
public enum Lang {
    /** English. */
    EN,
    /** Simplified Chinese. */
    ZH;

    /** The codes {@code --lang} accepts. */
    public static final List<String> CODES = List.of("en", "zh");

    /**
     * @param code {@code en} or {@code zh}, any case
     * @return the language
     * @throws IllegalArgumentException naming the valid codes
     */
    public static Lang of(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (c.equals("en")) {
            return EN;
        }
        if (c.equals("zh") || c.equals("zh-cn")) {
            return ZH;
        }
        throw new IllegalArgumentException("Unknown language '" + code + "'; valid: " + String.join(", ", CODES)
                + " / 未知语言“" + code + "”，可选：" + String.join("、", CODES));
    }

    /**
     * @param en the English text
     * @param zh the Chinese text
     * @return the text in this language
     */
    public String t(String en, String zh) {
        return this == ZH ? zh : en;
    }

    /**
     * @param text a bilingual text
     * @return its text in this language
     */
    public String t(LocalizedText text) {
        return text == null ? "" : t(text.en(), text.zh());
    }

    /**
     * @param money an amount
     * @return the amount to the fen with its currency sign, such as {@code ¥437.19}
     */
    public String money(Money money) {
        if (money == null) {
            return "-";
        }
        return "¥" + String.format(Locale.ROOT, "%,.2f", money.amount().setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * @param amount a decimal
     * @return it with two decimals
     */
    public static String decimal(BigDecimal amount) {
        return amount == null ? "-" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * @param at an instant
     * @return its local time, such as {@code 14:30}
     */
    public String time(Instant at) {
        return at == null ? t("not yet", "待定") : TIME.format(at.atZone(Dealership.ZONE));
    }

    /**
     * @param at an instant
     * @return its local date and time, such as {@code Thu 19 Nov 14:30} or {@code 11月19日 周四 14:30}
     */
    public String when(Instant at) {
        return at == null ? t("not yet", "待定") : date(at.atZone(Dealership.ZONE).toLocalDate()) + " " + time(at);
    }

    private static final String[] ZH_DAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    /**
     * @param d a date
     * @return it, such as {@code Thu 19 Nov 2026} or {@code 2026年11月19日 周四}
     */
    public String date(LocalDate d) {
        if (this == ZH) {
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日 " + ZH_DAYS[d.getDayOfWeek().getValue() - 1];
        }
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH).format(d);
    }

    /**
     * The label of a value the library names by an enum constant or a code.
     *
     * @param value the constant or code
     * @return its label
     */
    public String label(Object value) {
        if (value == null) {
            return "-";
        }
        String key = value instanceof Enum<?> e ? e.getDeclaringClass().getSimpleName() + "." + e.name() : value.toString();
        LocalizedText text = Labels.ALL.get(key);
        if (text == null && value instanceof Enum<?> e) {
            text = Labels.ALL.get(e.name());
        }
        return text == null ? value.toString() : t(text);
    }

    /**
     * A table whose columns line up in a terminal.
     *
     * @param headers the headers
     * @param rows the rows
     * @param indent spaces before each line
     * @return the lines, each ending with a line feed
     */
    public static String table(List<String> headers, List<List<String>> rows, int indent) {
        int n = headers.size();
        int[] width = new int[n];
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        for (List<String> r : all) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], width(cell(r, i)));
            }
        }
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < all.size(); k++) {
            List<String> r = all.get(k);
            StringBuilder line = new StringBuilder(" ".repeat(indent));
            for (int i = 0; i < n; i++) {
                String c = cell(r, i);
                boolean right = k > 0 && numeric(c);
                String pad = " ".repeat(width[i] - width(c));
                line.append(right ? pad + c : c + (i == n - 1 ? "" : pad));
                if (i < n - 1) {
                    line.append("  ");
                }
            }
            b.append(line.toString().stripTrailing()).append('\n');
            if (k == 0) {
                StringBuilder rule = new StringBuilder(" ".repeat(indent));
                for (int i = 0; i < n; i++) {
                    rule.append("-".repeat(width[i])).append(i < n - 1 ? "  " : "");
                }
                b.append(rule).append('\n');
            }
        }
        return b.toString();
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i) : "";
    }

    private static boolean numeric(String c) {
        return !c.isEmpty() && c.matches("[¥+-]?[\\d,]+(\\.\\d+)?%?");
    }

    /**
     * @param s a text
     * @return its width in terminal columns: wide (East Asian) characters count two
     */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }

    /**
     * The label of a rule set: its name in English, a Chinese name in Chinese.
     *
     * @param name the rule set's name
     * @param zh whether in Chinese
     * @return the label
     */
    public static String ruleSetLabel(String name, boolean zh) {
        if (!zh) {
            return name;
        }
        return switch (name) {
            case "standard" -> "标准";
            case "counter-first" -> "柜台优先";
            default -> name;
        };
    }

    /**
     * A Chinese text from the library with the rule set's name given its Chinese label.
     *
     * @param text the text
     * @return the text
     */
    public static String inChinese(String text) {
        return text.replaceAll("规则组 (standard|counter-first)", "规则组“$1”").replace("“standard”", "“标准”")
                .replace("“counter-first”", "“柜台优先”");
    }

    /** Bilingual labels of the library's values that carry none of their own. */
    static final class Labels {
        static final Map<String, LocalizedText> ALL = Map.ofEntries(
                l("RepairOrderStatus.BOOKED", "Booked", "已预约"),
                l("RepairOrderStatus.CONFIRMED", "Confirmed", "已确认"),
                l("RepairOrderStatus.CHECKED_IN", "Received", "已接车"),
                l("RepairOrderStatus.DIAGNOSED", "Diagnosed", "已诊断"),
                l("RepairOrderStatus.ESTIMATED", "Estimate given", "已估价"),
                l("RepairOrderStatus.APPROVED", "Approved", "客户已确认"),
                l("RepairOrderStatus.DISPATCHED", "Waiting for a bay", "已派工"),
                l("RepairOrderStatus.IN_REPAIR", "In repair", "维修中"),
                l("RepairOrderStatus.WAITING_FOR_PARTS", "Waiting for parts", "等待配件"),
                l("BoardLight.RED", "waiting", "等待中"),
                l("BoardLight.YELLOW", "in the bay", "作业中"),
                l("BoardLight.GREEN", "nearly done", "即将完工"),
                l("BoardLight.LATE", "late", "超时"),
                l("RepairOrderStatus.AWAITING_ADDITIONAL_APPROVAL", "Awaiting approval of extra work", "增项待确认"),
                l("RepairOrderStatus.QUALITY_CHECK", "Quality check", "质检中"),
                l("RepairOrderStatus.WASHING", "Washing", "洗车中"),
                l("RepairOrderStatus.READY_FOR_PICKUP", "Ready for pick-up", "待取车"),
                l("RepairOrderStatus.SETTLED", "Paid", "已结算"),
                l("RepairOrderStatus.DELIVERED", "Handed over", "已交车"),
                l("RepairOrderStatus.FOLLOWED_UP", "Followed up", "已回访"),
                l("RepairOrderStatus.CLOSED", "Closed", "已关闭"),
                l("RepairOrderStatus.CANCELLED", "Cancelled", "已取消"),
                l("LineOutcome.ACCEPTED", "accepted", "验收合格"),
                l("LineOutcome.SHORT", "short", "短少"),
                l("LineOutcome.DAMAGED", "damaged", "破损"),
                l("LineOutcome.WRONG_ITEM", "wrong item", "错发"),
                l("LineOutcome.OVER", "over", "多发"),
                l("Channel.SMS", "text message", "短信"),
                l("Channel.WECHAT", "WeChat", "微信"),
                l("Channel.PHONE_TASK", "phone call", "电话任务"),
                l("Channel.EMAIL", "e-mail", "电子邮件"),
                l("Channel.STAFF_ALERT", "staff alert", "内部提醒"),
                l("Kind.SISTER_DEALER", "sister dealership", "兄弟店"),
                l("Kind.CENTRAL_WAREHOUSE", "central warehouse", "中心库"),
                l("Payer.CUSTOMER", "customer", "客户付费"),
                l("Payer.WARRANTY", "warranty", "保修"),
                l("Payer.INSURANCE", "insurance", "保险"),
                l("Payer.INTERNAL", "internal", "内部"),
                l("Stage.LISTENING", "Listening", "倾听"),
                l("Stage.ANALYSING", "Analysing", "分析"),
                l("Stage.FINDING_SOLUTION", "Finding a solution", "寻找方案"),
                l("Stage.RESOLVING", "Resolving", "解决"),
                l("Stage.REVIEWING", "Reviewing", "回顾"),
                l("Stage.CLOSED", "Closed", "已关闭"),
                l("Status.OPEN", "open", "处理中"),
                l("Status.WAITING_FOR_CUSTOMER", "waiting for the customer", "等待客户"),
                l("Status.WAITING_FOR_PARTS", "waiting for parts", "等待配件"),
                l("Status.RESOLVED", "resolved", "已解决"),
                l("Status.CLOSED", "closed", "已关闭"),
                l("Obligation.FIRST_ANSWER", "first answer", "首次答复"),
                l("Obligation.UPDATE", "update", "进展通报"),
                l("Obligation.RESOLUTION", "resolution", "解决"),
                l("Level.SELF", "self-check", "自检"),
                l("Level.TEAM_LEADER", "team leader's check", "班组长检验"),
                l("Level.FINAL", "final inspection", "终检"),
                l("Level.PRE_DELIVERY", "pre-delivery check", "交车前检查"),
                l("RackKind.SHELF", "shelf", "货架"),
                l("RackKind.DRAWER_CABINET", "drawer cabinet", "抽屉柜"),
                l("RackKind.VERTICAL_RACK", "vertical rack", "立式架"),
                l("RackKind.FLOOR_AREA", "floor area", "地面区"),
                l("Light.GREEN", "on time", "按时"),
                l("Light.YELLOW", "due soon", "临近"),
                l("Light.RED", "late", "超时"),
                l("Light.DONE", "ready", "完工"));

        private static Map.Entry<String, LocalizedText> l(String key, String en, String zh) {
            return Map.entry(key, new LocalizedText(en, zh));
        }

        private Labels() {
        }
    }
}
