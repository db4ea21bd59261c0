package dev.parley.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <jwt>} (RFC 6750 section 2.1) and, when the token checks out, makes its user the request's
 * principal, provided its account still exists ({@link LiveAccounts}). A bad token does not fail the request here: public endpoints (login, refresh) must still work for a browser holding a
 * stale token. The reason is kept in a request attribute so that, if the endpoint does need a user, the 401 says why.
 * Not a bean: it runs only inside the security filter chain, never as a second servlet filter.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    static final String FAILURE_ATTRIBUTE = BearerTokenFilter.class.getName() + ".failure";
    private static final String PREFIX = "Bearer ";

    private final AccessTokens tokens;
    private final LiveAccounts accounts;

    BearerTokenFilter(AccessTokens tokens, LiveAccounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            AccessTokens.TokenCheck check = tokens.check(header.substring(PREFIX.length()).trim());
            if (check.user() != null && !accounts.exists(check.user().id())) {
                request.setAttribute(FAILURE_ATTRIBUTE, LiveAccounts.ACCOUNT_GONE);
            } else if (check.user() != null) {
                SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(check.user(), null, List.of()));
                SecurityContextHolder.getContextHolderStrategy().setContext(context);
            } else {
                request.setAttribute(FAILURE_ATTRIBUTE, check.failure());
            }
        }
        chain.doFilter(request, response);
    }
}
