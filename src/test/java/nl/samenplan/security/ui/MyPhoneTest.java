package nl.samenplan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import nl.samenplan.security.AccountService;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Finding 11: the leefcoach keeps her own phone number in Mijn gegevens; the plan prints it as the contact. */
class MyPhoneTest extends KaribuTest {

    @Autowired
    private AccountService accounts;

    @Test
    void the_leefcoach_saves_her_phone_in_mijn_gegevens_and_a_wrong_one_is_marked_at_the_field() {
        login("leefcoach");
        navigate("mijn-account");
        TextField phone = _get(TextField.class, spec -> spec.withId("account-phone"));
        _setValue(phone, "geen idee");
        _click(_get(Button.class, spec -> spec.withId("account-phone-save")));
        assertThat(phone.isInvalid()).isTrue();

        _setValue(phone, "0591 123 456");
        _click(_get(Button.class, spec -> spec.withId("account-phone-save")));
        assertThat(phone.isInvalid()).isFalse();
        assertThat(accounts.myAccount().phone()).isEqualTo("0591 123 456");
        accounts.changeMyPhone(null);
    }
}
