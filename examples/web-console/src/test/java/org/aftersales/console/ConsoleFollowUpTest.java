package org.aftersales.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.serviceflow.RepairOrderStatus;
import org.aftersales.serviceflow.ServiceDesk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The follow-up and blueprint pages over plain HTTP: sign-in, both languages, the call form. */
@Timeout(120)
class ConsoleFollowUpTest {

    private static ConsoleApp app;

    @BeforeAll
    static void start() {
        app = ConsoleApp.start(TestStores.settings(Clock.systemUTC()), "localhost", 0);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Client signedIn(String user, String lang) {
        Client c = new Client(app.address());
        c.acceptLanguage = lang;
        c.get("/login");
        assertThat(c.login(user, Dealership.DEMO_PASSWORD).statusCode()).isEqualTo(302);
        return c;
    }

    private static long logSize() {
        return app.storage().events().since(0, Integer.MAX_VALUE).size();
    }

    @Test
    void F13_theFollowUpPageNeedsASignInAndAnAdvisorsRole() {
        Client anonymous = new Client(app.address());
        HttpResponse<String> r = anonymous.get("/follow-up");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).get().asString().startsWith("/login");
        assertThat(signedIn("li", "en").get("/follow-up").statusCode()).isEqualTo(403);
        assertThat(signedIn("sun", "en").get("/follow-up").statusCode()).isEqualTo(200);
    }

    @Test
    void F13_theDueCallsAreListedWithTheMonthsRemarksInEnglishAndChinese() {
        // the first delivered car: the bad form below stores nothing, the good call is about the second
        String second = app.workshop().delivered().get(0).value();
        HttpResponse<String> en = signedIn("liu", "en").get("/follow-up");
        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.body()).contains("Follow-up calls", "Call by", "Remarks this month by tag", "data-order=\"" + second + "\"",
                Workshop.DELIVERED_PLATES[0]);
        HttpResponse<String> zh = signedIn("liu", "zh-CN").get("/follow-up");
        assertThat(zh.body()).contains("客户回访", "回访时限", "本月回访意见", "data-order=\"" + second + "\"");
        HttpResponse<String> form = signedIn("liu", "zh-CN").get("/follow-up/" + second);
        assertThat(form.body()).contains("记录回访", "满意度", "服务顾问态度", "name=\"_csrf\"");
    }

    @Test
    void F13_aBadCallFormListsEveryProblemAndStoresNothing() {
        String number = app.workshop().delivered().get(0).value();
        Client c = signedIn("liu", "en");
        String token = Client.csrf(c.get("/follow-up/" + number).body());
        long before = logSize();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", token);
        form.put("reached", "yes");
        form.put("satisfaction", "");
        form.put("remarks", " ");
        form.put("tag", "no-such-tag");
        form.put("back", "REWORK");
        form.put("backAt", "tomorrow");
        form.put("backHours", "1");
        HttpResponse<String> r = c.post("/follow-up/" + number, form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"form-problems\"").contains("data-path=\"satisfaction\"")
                .contains("data-path=\"remarks\"").contains("data-path=\"tags[0]\"").contains("data-path=\"back.at\"")
                .contains("The call was not recorded");
        assertThat(logSize()).as("nothing stored").isEqualTo(before);
        assertThat(app.workshop().desk().followUps(RepairOrderId.of(number))).isEmpty();

        Client zh = signedIn("liu", "zh-CN");
        String zhToken = Client.csrf(zh.get("/follow-up/" + number).body());
        form.put("_csrf", zhToken);
        HttpResponse<String> zr = zh.post("/follow-up/" + number, form);
        assertThat(zr.statusCode()).isEqualTo(400);
        assertThat(zr.body()).contains("回访未保存").contains("请填写返厂的日期和时间").contains("data-path=\"remarks\"");
        assertThat(logSize()).isEqualTo(before);

        form.remove("_csrf");
        assertThat(c.post("/follow-up/" + number, form).statusCode()).as("no form token").isEqualTo(403);
        assertThat(logSize()).isEqualTo(before);

        HttpResponse<String> unanswered = c.post("/follow-up/" + number, Map.of("_csrf", token, "reached", "no"));
        assertThat(unanswered.statusCode()).as(unanswered.body()).isEqualTo(302);
        assertThat(c.get("/follow-up").body()).as("a call nobody answered leaves the order due")
                .contains("data-order=\"" + number + "\"").contains("Calls unanswered: <span id=\"unreached\">1</span>");
    }

    @Test
    void F13_aGoodCallLeavesTheDueListAndCountsItsTags() {
        String number = app.workshop().delivered().get(1).value();
        Client c = signedIn("liu", "en");
        String token = Client.csrf(c.get("/follow-up/" + number).body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", token);
        form.put("reached", "yes");
        form.put("satisfaction", "5");
        form.put("remarks", "Ready when promised, and the car was clean.");
        form.put("tag", "on-time");
        form.put("backHours", "1");
        HttpResponse<String> r = c.post("/follow-up/" + number, form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).get().asString().startsWith("/follow-up?done=");
        assertThat(app.workshop().desk().order(RepairOrderId.of(number)).orElseThrow().value().status())
                .isEqualTo(RepairOrderStatus.FOLLOWED_UP);
        HttpResponse<String> list = c.get("/follow-up?done=" + number);
        assertThat(list.body()).contains("id=\"call-recorded\"").doesNotContain("data-order=\"" + number + "\"")
                .contains("data-tag=\"on-time\"");
        assertThat(app.workshop().deadlines().forSubject(org.aftersales.core.deadline.SubjectRef.of("repair-order", number)))
                .filteredOn(d -> d.standard().equals(ServiceDesk.FOLLOW_UP)).singleElement()
                .satisfies(d -> assertThat(d.status().isSettled()).isTrue());
        assertThat(c.get("/follow-up/" + number).statusCode()).as("no longer due").isEqualTo(409);
    }

    @Test
    void F15_theBlueprintPageShowsTheStepsByLaneAndTheTimedStandards() {
        Client anonymous = new Client(app.address());
        assertThat(anonymous.get("/blueprint").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("/blueprint.mmd").statusCode()).isEqualTo(302);
        HttpResponse<String> en = signedIn("li", "en").get("/blueprint");
        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.body()).contains("data-lane=\"CUSTOMER\"", "data-lane=\"FRONT_STAGE\"", "data-lane=\"BACK_STAGE\"",
                "Moments of truth", "Countermeasures", "id=\"timed-standards\"", "data-standard=\"service.follow-up\"",
                "3 working days", "20 minutes", "href=\"/blueprint.mmd\"").doesNotContain("<script");
        HttpResponse<String> zh = signedIn("li", "zh-CN").get("/blueprint");
        assertThat(zh.body()).contains("服务蓝图", "关键时刻", "应对措施", "3 个工作日", "20 分钟");
        HttpResponse<String> mmd = signedIn("li", "en").get("/blueprint.mmd");
        assertThat(mmd.statusCode()).isEqualTo(200);
        assertThat(mmd.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
        assertThat(mmd.body()).startsWith("flowchart").contains("subgraph");
    }
}
