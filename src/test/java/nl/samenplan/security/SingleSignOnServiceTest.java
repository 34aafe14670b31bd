package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** Which Samenplan user an identity provider's claim names, and when single sign-on is on at all. */
class SingleSignOnServiceTest {

    private static final Map<String, CurrentUser> USERS = Map.of(
            "leefcoach", user(1, "leefcoach", Role.LEEFCOACH, true),
            "oud-collega", user(2, "oud-collega", Role.LEEFCOACH, false));

    private static final UserDetailsService DATABASE = username -> Optional.ofNullable(USERS.get(username))
            .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));

    @Test
    void the_claim_names_an_active_user_by_username_whatever_its_case_and_spaces() {
        SingleSignOnService sso = service(List.of(registration("gemeente")), "");
        assertThat(sso.match(" LeefCoach ")).map(CurrentUser::userId).contains(1L);
        assertThat(sso.match("leefcoach").orElseThrow().role()).isEqualTo(Role.LEEFCOACH);
    }

    @Test
    void an_unknown_or_deactivated_user_or_a_claim_that_cannot_be_a_username_matches_no_one() {
        SingleSignOnService sso = service(List.of(registration("gemeente")), "");
        assertThat(sso.match("niemand")).isEmpty();
        assertThat(sso.match("oud-collega")).isEmpty();
        assertThat(sso.match(null)).isEmpty();
        assertThat(sso.match(List.of("leefcoach"))).isEmpty();
        assertThat(sso.match("leefcoach@gemeente.nl")).as("no domain set: an e-mail address is no username")
                .isEmpty();
    }

    @Test
    void with_a_username_domain_the_claim_must_be_username_at_that_domain() {
        SingleSignOnService sso = service(List.of(registration("gemeente")), "Gemeente.NL");
        assertThat(sso.match("Leefcoach@gemeente.nl")).map(CurrentUser::userId).contains(1L);
        assertThat(sso.match("leefcoach@elders.nl")).isEmpty();
        assertThat(sso.match("leefcoach")).isEmpty();
        assertThat(sso.match("leefcoach@sub.gemeente.nl")).isEmpty();
    }

    @Test
    void without_a_registration_single_sign_on_is_off_and_offered_nowhere() {
        SingleSignOnService sso = service(List.of(), "");
        assertThat(sso.enabled()).isFalse();
        assertThat(sso.offer()).isEmpty();
    }

    @Test
    void the_button_is_named_by_the_label_setting_or_else_by_the_registrations_client_name() {
        assertThat(service(List.of(registration("gemeente")), "").offer()).contains(
                new SingleSignOnService.Offer("Gemeente Heideveen", "oauth2/authorization/gemeente"));
        SingleSignOnService labelled = new SingleSignOnService(provider(List.of(registration("gemeente"))), DATABASE,
                "preferred_username", "", " Het gemeente-account ", true);
        assertThat(labelled.offer().orElseThrow().label()).isEqualTo("Het gemeente-account");
    }

    @Test
    void two_identity_providers_stop_the_start() {
        assertThatThrownBy(() -> service(List.of(registration("een"), registration("twee")), ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one identity provider");
    }

    private static SingleSignOnService service(List<ClientRegistration> registrations, String domain) {
        return new SingleSignOnService(provider(registrations), DATABASE, "preferred_username", domain, "", true);
    }

    private static org.springframework.beans.factory.ObjectProvider<ClientRegistrationRepository> provider(
            List<ClientRegistration> registrations) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (!registrations.isEmpty()) {
            beans.addBean("registrations", new InMemoryClientRegistrationRepository(registrations));
        }
        return beans.getBeanProvider(ClientRegistrationRepository.class);
    }

    static ClientRegistration registration(String id) {
        return ClientRegistration.withRegistrationId(id).clientName("Gemeente Heideveen").clientId("samenplan")
                .clientSecret("geheim").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid")
                .authorizationUri("https://idp.example/authorize").tokenUri("https://idp.example/token")
                .jwkSetUri("https://idp.example/jwks").userNameAttributeName("sub").build();
    }

    private static CurrentUser user(long id, String username, Role role, boolean active) {
        return new CurrentUser(id, username, "{noop}x", username, role, 7L, "Dorpsteam", null, active);
    }
}
