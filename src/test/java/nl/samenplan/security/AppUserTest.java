package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppUserTest {

    private final Team team = new Team("Dorpsteam Heideveen", "Heideveen");

    @Test
    void usernames_are_stored_in_lower_case() {
        AppUser user = new AppUser(" Leefcoach ", "hash", "Sanne Mulder", Role.LEEFCOACH, team, null, Instant.EPOCH);
        assertThat(user.getUsername()).isEqualTo("leefcoach");
    }

    @Test
    void a_team_member_without_a_team_is_refused() {
        assertThatThrownBy(() -> new AppUser("nurse", "hash", "Fatma", Role.WIJKVERPLEEGKUNDIGE, null, null,
                Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_administrator_never_belongs_to_a_team_and_so_sees_no_client_files() {
        AppUser admin = new AppUser("beheer", "hash", "Pieter", Role.BEHEERDER, team, null, Instant.EPOCH);
        assertThat(admin.getTeam()).isNull();
        assertThat(Role.BEHEERDER.seesClientFiles()).isFalse();
        assertThat(Role.MANAGER.seesClientFiles()).isFalse();
        assertThat(Role.VRIJWILLIGER.seesClientFiles()).isFalse();
    }

    @Test
    void usernames_with_spaces_or_strange_characters_are_refused() {
        assertThat(AppUser.isValidUsername("jan hoving")).isFalse();
        assertThat(AppUser.isValidUsername("jo")).isFalse();
        assertThat(AppUser.isValidUsername("j.hoving-2")).isTrue();
    }
}
