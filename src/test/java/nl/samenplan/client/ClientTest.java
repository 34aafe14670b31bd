package nl.samenplan.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenplan.base.BusinessRuleException;
import org.junit.jupiter.api.Test;

class ClientTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void a_new_client_is_registered_with_a_trimmed_name() {
        Client client = new Client(1L, " Aaltje ", "Hoekstra ", LocalDate.of(1938, 4, 2), "Heideveen", TODAY,
                Instant.EPOCH);
        assertThat(client.getFullName()).isEqualTo("Aaltje Hoekstra");
        assertThat(client.getStatus()).isEqualTo(ClientStatus.AANGEMELD);
    }

    @Test
    void a_date_of_birth_in_the_future_is_refused() {
        assertThatThrownBy(() -> new Client(1L, "Aaltje", "Hoekstra", TODAY.plusDays(1), "Heideveen", TODAY,
                Instant.EPOCH)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void an_empty_name_is_refused() {
        assertThatThrownBy(() -> new Client(1L, " ", "Hoekstra", LocalDate.of(1938, 4, 2), "Heideveen", TODAY,
                Instant.EPOCH)).isInstanceOf(BusinessRuleException.class);
    }
}
