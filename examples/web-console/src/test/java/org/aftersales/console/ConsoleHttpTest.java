package org.aftersales.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console's security and error handling over plain HTTP (no browser needed). */
class ConsoleHttpTest {

    private static ConsoleApp app;

    @BeforeAll
    static void start() {
        app = ConsoleApp.start(TestStores.settings(Clock.systemUTC()).withFailedLoginLimit(3),
                "localhost", 0);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Client client() {
        return new Client(app.address());
    }

    @Test
    void K1_sessionCookieIsHttpOnlySecureAndStrict() {
        Client c = client();
        HttpResponse<String> r = c.get("/login");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(s -> s.startsWith("as_session=")).findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Strict").contains("Path=/");
        assertThat(r.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
    }

    @Test
    void K1_signInReplacesTheSessionAndOpensStaffScreens() {
        Client c = client();
        c.get("/login");
        String before = c.cookies.get("as_session");
        HttpResponse<String> r = c.login("li", Dealership.DEMO_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(c.cookies.get("as_session")).isNotEqualTo(before);
        assertThat(c.get("/warehouse").statusCode()).isEqualTo(200);
    }

    @Test
    void K1_postWithoutTheFormTokenIsRefused() {
        Client c = client();
        c.get("/login");
        HttpResponse<String> r = c.post("/login", Map.of("username", "zhao", "password", Dealership.DEMO_PASSWORD));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("csrf").doesNotContain("Exception");
        HttpResponse<String> wrong = c.post("/login", Map.of("username", "zhao", "password", Dealership.DEMO_PASSWORD,
                "_csrf", "forged"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(c.get("/warehouse").statusCode()).isEqualTo(302);
    }

    @Test
    void K1_failedSignInsAreLimited() {
        Client c = client();
        for (int i = 0; i < 3; i++) {
            assertThat(c.login("wang", "wrong-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> limited = c.login("wang", Dealership.DEMO_PASSWORD);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("Too many failed sign-ins");
    }

    @Test
    void K1_warehouseKeeperCannotOpenScorecardsOfOthers() {
        Client c = client();
        c.login("li", Dealership.DEMO_PASSWORD);
        assertThat(c.get("/scorecards/S-WANG").statusCode()).isEqualTo(403);
        assertThat(c.get("/scorecards/S-LI").statusCode()).isEqualTo(200);
        Client manager = client();
        manager.login("zhao", Dealership.DEMO_PASSWORD);
        assertThat(manager.get("/scorecards/D-PARTS").body()).contains("<svg id=\"trend-chart\"");
    }

    @Test
    void K1_complaintsForComplaintOfficersNotForTheWarehouseKeeper() {
        Client keeper = client();
        keeper.login("li", Dealership.DEMO_PASSWORD);
        assertThat(keeper.get("/").body()).doesNotContain("/complaints");
        assertThat(keeper.get("/complaints").statusCode()).isEqualTo(403);
        Client officer = client();
        officer.login("chen", Dealership.DEMO_PASSWORD);
        HttpResponse<String> log = officer.get("/complaints");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("class=\"overdue\"").contains("data-overdue=\"false\"");
        assertThat(officer.get("/complaints/CP-2026-999999").statusCode()).isEqualTo(404);
        assertThat(officer.get("/complaints/CP-2026-999999").body()).contains("There is no complaint CP-2026-999999");
    }

    @Test
    void F16_theBoardNeedsNoSignInAndGivesNoSession() {
        Client c = client();
        HttpResponse<String> board = c.get("/board");
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.headers().allValues("Set-Cookie")).noneMatch(v -> v.startsWith("as_session="));
        assertThat(board.body()).contains("<script src=\"/board.js\" defer></script>");
        HttpResponse<String> json = c.get("/api/board");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"maskedPlate\"");
        for (String plate : Workshop.PLATES) {
            assertThat(board.body()).doesNotContain(plate);
            assertThat(json.body()).doesNotContain(plate);
        }
        assertThat(c.get("/workshop").statusCode()).isEqualTo(302);
        Client keeper = client();
        keeper.login("li", Dealership.DEMO_PASSWORD);
        assertThat(keeper.get("/workshop").statusCode()).isEqualTo(403);
        Client advisor = client();
        advisor.login("liu", Dealership.DEMO_PASSWORD);
        assertThat(advisor.get("/workshop/RO-2026-999999").statusCode()).isEqualTo(404);
    }

    @Test
    void K1_serviceAdvisorDoesNotSeeTheWarehouse() {
        Client c = client();
        c.login("liu", Dealership.DEMO_PASSWORD);
        HttpResponse<String> r = c.get("/warehouse");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("Your role does not give you this screen");
    }

    @Test
    void badRequestsGetAClearPageOrJsonNeverAStackTrace() {
        Client c = client();
        c.login("zhao", Dealership.DEMO_PASSWORD);
        HttpResponse<String> unknownBin = c.get("/warehouse?bin=Z-99-9-99");
        assertThat(unknownBin.statusCode()).isEqualTo(404);
        assertThat(unknownBin.body()).contains("There is no bin Z-99-9-99").doesNotContain("at org.");
        HttpResponse<String> malformed = c.get("/scorecards/S-WANG?period=March");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("period");
        HttpResponse<String> json = c.get("/api/nothing-here", "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(json.body()).contains("\"code\":\"not-found\"");
        Client anonymous = client();
        HttpResponse<String> api = anonymous.get("/api/warehouse/audit");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("\"code\":\"sign-in\"");
    }

    @Test
    void K1_chineseByAcceptLanguageAndBySwitch() {
        Client c = client();
        c.acceptLanguage = "zh-CN,zh;q=0.9,en;q=0.5";
        assertThat(c.get("/login").body()).contains("登录").contains("lang=\"zh-CN\"");
        c.acceptLanguage = "en-GB";
        assertThat(c.get("/login").body()).contains("Sign in");
        HttpResponse<String> sw = c.get("/lang/zh?back=/login");
        assertThat(sw.statusCode()).isEqualTo(302);
        assertThat(sw.headers().firstValue("Location")).contains("/login");
        assertThat(c.get("/login").body()).contains("用户名");
        assertThat(c.get("/lang/zh?back=//evil.example").headers().firstValue("Location")).contains("/");
        assertThat(c.get("/lang/zh?back=//evil.example").headers().firstValue("Location").orElseThrow())
                .doesNotContain("evil");
    }
}
