package org.aftersales.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Builds the pages: every value is escaped on the way in, every page shares one frame (title,
 * navigation limited to the screens the person may see, the language switch, sign-out as a
 * form with its token).
 */
final class Html {

    private Html() {
    }

    /** What a page needs to know about its request. */
    record View(Lang lang, Sessions.Session session, String path, Set<Screen> screens) {

        Accounts.Account account() {
            return session == null ? null : session.account();
        }

        String t(String key) {
            return Ui.t(lang, key);
        }

        /** @return the hidden form field with the session's token */
        String csrfField() {
            return session == null ? ""
                    : "<input type=\"hidden\" name=\"" + Sessions.CSRF_FIELD + "\" value=\"" + esc(session.csrf()) + "\">";
        }
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * @param view the request
     * @param title the page title (plain text)
     * @param body the page's HTML
     * @param head extra elements for the head (already HTML)
     * @return the whole page
     */
    static String page(View view, String title, String body, String head) {
        StringBuilder b = new StringBuilder(body.length() + 2048);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(view.lang().tag()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" · ").append(esc(view.t("app"))).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/console.css\">").append(head).append("</head><body>");
        b.append("<header><nav><a class=\"home\" href=\"/\">").append(esc(view.t("app"))).append("</a>");
        for (Screen s : view.screens()) {
            if (s.visibleTo(view.account())) {
                b.append("<a id=\"nav-").append(s.name().toLowerCase(java.util.Locale.ROOT)).append("\" href=\"")
                        .append(s.path()).append("\"").append(view.path().startsWith(s.path()) ? " class=\"here\"" : "")
                        .append(">").append(esc(view.lang().pick(s.title()))).append("</a>");
            }
        }
        b.append("</nav><div class=\"who\">");
        b.append("<a id=\"lang-switch\" href=\"/lang/").append(view.lang().other().code()).append("?back=")
                .append(url(view.path())).append("\">").append(esc(view.t("switchTo"))).append("</a>");
        Accounts.Account a = view.account();
        if (a != null) {
            b.append("<span id=\"who\">").append(esc(view.t("signedInAs"))).append(" ").append(esc(a.staff().name()))
                    .append("</span><form method=\"post\" action=\"/logout\" class=\"inline\">").append(view.csrfField())
                    .append("<button id=\"sign-out\" type=\"submit\">").append(esc(view.t("signOut")))
                    .append("</button></form>");
        } else {
            b.append("<a id=\"sign-in\" href=\"/login\">").append(esc(view.t("signIn"))).append("</a>");
        }
        b.append("</div></header><main>").append(body).append("</main></body></html>\n");
        return b.toString();
    }
}
