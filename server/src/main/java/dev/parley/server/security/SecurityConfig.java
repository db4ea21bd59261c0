package dev.parley.server.security;

import dev.parley.server.problem.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may call what. API paths ({@code /users/**}, {@code /meetings/**}, {@code /conferences/**}) need a Bearer access token except
 * the four sign-in endpoints; the web client's files and UI routes (every other GET) are public, as are the API description and the
 * health/metrics endpoints. Stateless: no HTTP session, no form login, no basic auth.
 *
 * <p>CSRF tokens are off because no endpoint trusts ambient credentials except {@code /users/refresh} and {@code /users/logout}
 * (the refresh cookie), which are protected by SameSite=Strict plus a required JSON content type; see docs/decisions/0003-auth-tokens.md.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessTokens tokens, LiveAccounts accounts, ProblemWriter writer) throws Exception {
        ProblemSecurityHandler problems = new ProblemSecurityHandler(writer);
        http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(a -> { })
                .addFilterBefore(new BearerTokenFilter(tokens, accounts), AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h -> {
                    // Before the request is handled, not when the response commits: a HEAD answer (whose body is dropped)
                    // and a 4xx written by a filter would otherwise go out without them.
                    h.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                        @Override
                        public <O extends HeaderWriterFilter> O postProcess(O filter) {
                            filter.setShouldWriteHeadersEagerly(true);
                            return filter;
                        }
                    });
                    h.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                            .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                            .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY));
                })
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/users/register", "/users/login", "/users/refresh", "/users/logout")
                        .permitAll()
                        .requestMatchers("/error").permitAll()
                        // Guests join by link without an account; a calendar feed's secret URL is its own credential.
                        .requestMatchers(HttpMethod.POST, "/meetings/join").permitAll()
                        .requestMatchers(HttpMethod.GET, "/meetings/*/entry").permitAll()
                        .requestMatchers(HttpMethod.GET, "/meetings/feed/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/api-docs.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/users/**", "/meetings/**", "/conferences/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }
}
