package org.aftersales.console;

import java.util.HashMap;
import java.util.Map;
import org.aftersales.core.i18n.LocalizedText;

/** The console's own words in English and Chinese, by key. */
final class Ui {

    private static final Map<String, LocalizedText> TEXT = new HashMap<>();

    static {
        put("app", "Dealership console", "4S店管理台");
        put("signIn", "Sign in", "登录");
        put("signOut", "Sign out", "退出");
        put("username", "User name", "用户名");
        put("password", "Password", "密码");
        put("badLogin", "The user name or the password is wrong.", "用户名或密码错误。");
        put("signedInAs", "Signed in as", "当前用户");
        put("switchTo", "中文", "English");
        put("welcome", "Choose a screen.", "请选择页面。");
        put("forbidden", "Your role does not give you this screen.", "您的岗位无权查看此页面。");
        put("signInFirst", "Sign in to see this screen.", "请先登录。");
        put("csrf", "The form was not sent from this console (missing or wrong form token); nothing was changed.",
                "表单不是从本系统提交的（缺少或错误的表单令牌），未做任何修改。");
        put("tooMany", "Too many failed sign-ins. Try again in %d seconds.", "登录失败次数过多，请 %d 秒后再试。");
        put("notFoundPage", "There is no such page.", "页面不存在。");
        put("error", "Something went wrong", "出错了");
        put("back", "Back to the start", "返回首页");
        put("internal", "The console could not answer; the error was logged.", "系统暂时无法处理，错误已记录。");
        put("bin", "bin", "料位");
        put("zone", "Zone", "区");
        put("rack", "Rack", "货架");
        put("level", "Level", "层");
        put("legend", "Fill", "占用");
        put("empty", "empty", "空");
        put("over", "over full", "超出容量");
        put("violation", "hard rule broken", "违反硬规则");
        put("shortfall", "soft score low", "软规则得分低");
        put("binDetail", "Bin", "料位");
        put("part", "Part", "配件");
        put("partNumber", "Part number", "件号");
        put("quantity", "Quantity", "数量");
        put("fill", "Fill", "占用率");
        put("size", "Size", "尺寸");
        put("kind", "Rack kind", "货架类型");
        put("emptyBin", "This bin is empty.", "此料位为空。");
        put("findings", "Rule findings for this bin", "此料位的规则判定");
        put("noFindings", "No rule finds fault with this bin.", "此料位没有违规。");
        put("explanation", "Placement explanation: where the engine would put this stock today",
                "上架说明：按现在的规则，这批库存应放在哪里");
        put("audit", "Audit: hard rule violations", "审核：硬规则违规");
        put("plan", "Re-slotting plan", "调整方案");
        put("planSummary", "%d moves; hard violations %d → %d; soft score %.2f → %.2f",
                "移库 %d 次；硬规则违规 %d → %d；软规则得分 %.2f → %.2f");
        put("rule", "Rule", "规则");
        put("reason", "Why", "原因");
        put("from", "From", "从");
        put("to", "To", "到");
        put("clickBin", "Click a bin to see its part, stock and why it is there.", "点击料位查看配件、库存及上架说明。");
        put("verdicts", "Every rule's verdict on the chosen bin", "各规则对选中料位的判定");
        put("runnersUp", "Runners-up and why they lost", "落选料位及原因");
        put("staffCard", "Staff scorecard", "员工考核卡");
        put("deptCard", "Department scorecard", "部门考核卡");
        put("score", "Score", "得分");
        put("grade", "Grade", "等级");
        put("period", "Period", "考核期");
        put("trend", "Trend", "趋势");
        put("section", "Section", "考核项目");
        put("earlierYears", "Same period in earlier years", "往年同期");
        put("change", "Change", "变化");
        put("noScorecards", "No scorecard is visible to you.", "您没有可查看的考核卡。");
        put("subject", "Who", "考核对象");
        put("complaintHint", "Open complaints; rows past a time limit are highlighted.", "未结投诉；超时的行以红色标出。");
        put("number", "Number", "编号");
        put("received", "Received", "受理时间");
        put("owner", "Owner", "负责人");
        put("severity", "Severity", "严重程度");
        put("step", "Step", "处理步骤");
        put("status", "Status", "状态");
        put("dueNext", "Next limit", "下一时限");
        put("escalations", "Escalations", "升级次数");
        put("overdue", "overdue", "已超时");
        put("missed", "missed", "已错过");
        put("words", "In the customer's words", "客户原话");
        put("limits", "Time limits", "时限");
        put("steps", "Steps done", "已完成步骤");
        put("statusHistory", "Status changes", "状态变化");
        put("boardHint", "Your car's progress. Plates are partly hidden; find yours by its last two characters.",
                "您爱车的维修进度。车牌已部分隐去，请按最后两位查找。");
        put("orderNumber", "Order", "委托书号");
        put("plate", "Plate", "车牌");
        put("stage", "Stage", "进度");
        put("promised", "Promised", "承诺交车");
        put("promiseTbc", "to be confirmed", "待确认");
        put("boardEmpty", "No car in the workshop just now.", "目前车间没有在修车辆。");
        put("light.GREEN", "about to finish or ready", "即将完工或可取车");
        put("light.YELLOW", "in repair", "维修中");
        put("light.RED", "waiting", "等待中");
        put("late", "late", "已超时");
        put("timeline", "Timeline", "时间线");
        put("revisions", "Estimate revisions", "估价单版本");
        put("revision", "Revision", "版本");
        put("approved", "approved", "已批准");
        put("declined", "declined", "已拒绝");
        put("settlement", "Settlement", "结算单");
        put("total", "Total", "合计");
        put("status.CHECKED_IN", "Received", "已接车");
        put("status.DIAGNOSED", "Diagnosed", "已诊断");
        put("status.ESTIMATED", "Estimate given", "已估价");
        put("status.APPROVED", "Approved, waiting for a bay", "已确认，待派工");
        put("status.DISPATCHED", "Assigned to a team", "已派工");
        put("status.IN_REPAIR", "In repair", "维修中");
        put("status.WAITING_FOR_PARTS", "Waiting for parts", "等待配件");
        put("status.AWAITING_ADDITIONAL_APPROVAL", "Waiting for your approval", "等待您确认增项");
        put("status.QUALITY_CHECK", "Quality check", "质检中");
        put("status.WASHING", "Washing", "洗车中");
        put("status.READY_FOR_PICKUP", "Ready for pick-up", "可取车");
        put("status.SETTLED", "Paid, ready", "已结算，可取车");
        put("status.DELIVERED", "Delivered", "已交车");
        put("status.FOLLOWED_UP", "Followed up", "已回访");
        put("followUpHint", "Cars handed over and due for their follow-up call, the soonest limit first.",
                "已交车、待回访的车辆，时限最近的在前。");
        put("noneDue", "No follow-up call is due.", "目前没有待回访的车辆。");
        put("customer", "Customer", "客户");
        put("phone", "Phone", "电话");
        put("advisor", "Advisor", "服务顾问");
        put("deliveredAt", "Delivered", "交车时间");
        put("callBy", "Call by", "回访时限");
        put("attempts", "Calls unanswered", "未接通次数");
        put("recordCall", "Record the call", "记录回访");
        put("reached", "The customer answered", "已接通");
        put("notReached", "No answer", "未接通");
        put("satisfaction", "Satisfaction (1 to 5)", "满意度（1至5）");
        put("remarks", "What the customer said", "客户原话");
        put("tags", "Tags", "标签");
        put("returnVisit", "Return visit (needed when the customer is unhappy)", "返厂（客户不满意时必填）");
        put("returnNone", "none", "不需要");
        put("return.REINSPECTION", "re-inspection", "复检");
        put("return.REWORK", "rework", "返修");
        put("returnAt", "Coming back at", "返厂时间");
        put("returnHours", "Hours to book", "预约工时");
        put("save", "Save", "保存");
        put("formProblems", "The call was not recorded. Please correct:", "回访未保存，请更正：");
        put("callRecorded", "The call was recorded.", "回访已记录。");
        put("monthRemarks", "Remarks this month by tag", "本月回访意见（按标签）");
        put("noRemarks", "No call reached a customer this month yet.", "本月尚无接通的回访。");
        put("callsReached", "Calls reached", "接通");
        put("callsUnreached", "Calls unanswered", "未接通");
        put("unhappy", "Unhappy customers", "不满意客户");
        put("count", "Calls", "次数");
        put("blueprintHint", "The service visit step by step, by lane, with who is responsible, the standard, the moments"
                + " of truth and what we do so they go well.", "服务流程逐步展示：按泳道列出负责岗位、服务标准、关键时刻及应对措施。");
        put("lane", "Lane", "泳道");
        put("role", "Responsible", "负责岗位");
        put("action", "What happens", "服务内容");
        put("standard", "Standard", "服务标准");
        put("moments", "Moments of truth", "关键时刻");
        put("countermeasures", "Countermeasures", "应对措施");
        put("timedStandards", "Timed standards", "时限标准");
        put("limit", "Limit", "时限");
        put("measure", "Counted", "计时方式");
        put("measure.PLAIN", "around the clock", "自然时间");
        put("measure.OPENING_HOURS", "opening hours only", "仅营业时间");
        put("measure.WORKING_DAYS", "working days", "工作日");
        put("customerSelf", "the customer", "客户本人");
        put("mermaid", "Download the blueprint as Mermaid text", "下载 Mermaid 格式的服务蓝图");
        put("kind.SHELF", "shelf", "层架");
        put("kind.VERTICAL_RACK", "vertical rack", "立式架");
        put("kind.FLOOR_AREA", "floor area", "地堆区");
        put("kind.DRAWER_CABINET", "drawer cabinet", "抽屉柜");
    }

    private Ui() {
    }

    private static void put(String key, String en, String zh) {
        TEXT.put(key, new LocalizedText(en, zh));
    }

    static LocalizedText text(String key) {
        LocalizedText t = TEXT.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no console text " + key);
        }
        return t;
    }

    static String t(Lang lang, String key) {
        return lang.pick(text(key));
    }
}
