package dev.parley.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Answers a browser's GET of a client-side route with the single-page client, so that deep links and reloads of
 * {@code /login}, {@code /home}, {@code /m/<id>} ... work: the client's router (static/ui/router.js) then picks the view
 * from the address bar.
 *
 * <p>Only the listed UI prefixes are forwarded. API paths ({@code /users/**}, {@code /meetings/**},
 * {@code /conferences/**}, {@code /v3/**}, {@code /actuator/**}, {@code /ws}) and static files never match, so an unknown
 * API path still gets the API's 404 problem+json instead of an HTML page.
 */
@Controller
class WebAppController {

    /** An internal forward (not a redirect): the address bar keeps the route the person asked for. */
    private static final String CLIENT = "forward:/index.html";

    @GetMapping({"/", "/login", "/register", "/home"})
    String page() {
        return CLIENT;
    }

    /** A meeting page ({@code /m/<meeting id>}) or a live conference ({@code /c/<conference id>}), with any sub-path. */
    @GetMapping({"/m/**", "/c/**"})
    String meetingOrConference() {
        return CLIENT;
    }
}
