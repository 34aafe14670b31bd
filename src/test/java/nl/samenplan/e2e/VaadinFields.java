package nl.samenplan.e2e;
import static org.junit.jupiter.api.Assertions.fail;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.samenplan.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Typing, choosing and clicking in Vaadin's components the way a person does, for the browser tests.
 * Vaadin fields render a light-DOM input; selects and combo boxes open overlays at document level.
 */
abstract class VaadinFields {

    protected WebDriver driver;

    protected abstract void waitForVaadin();

    protected abstract <T> T waitUntil(String awaited, Function<? super WebDriver, T> condition);

    protected abstract WebElement scrollTo(By by);

    protected abstract Object js(String script, Object... args);


    /** Clicks the element with this id once it can be clicked, and waits for the server round trip. */
    protected void click(String id) {
        clickWhenFree(scrollTo(By.id(id)));
    }

    /**
     * Clicks, trying again while something else (an overlay that is still closing) lies on top. The
     * element is first scrolled to the middle of its scrolling container: chromedriver's own scrolling
     * does not reach into the scrolling content area of the layout.
     */
    protected void clickWhenFree(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        String[] refusal = {""};
        new WebDriverWait(driver, BrowserTestBase.TIMEOUT).withMessage(() -> "a click to reach " + element + ": " + refusal[0])
                .until(d -> {
                    try {
                        element.click();
                        return true;
                    } catch (ElementNotInteractableException covered) {
                        refusal[0] = covered.getRawMessage();
                        return false;
                    }
                });
        waitForVaadin();
    }

    /**
     * Types into a text field, text area, integer field or email field (its light-DOM input) over what
     * was there, and leaves it with Tab so that the value goes to the server.
     */
    protected void type(String id, String text) {
        WebElement input = scrollTo(By.id(id)).findElement(By.cssSelector("input, textarea"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        waitForVaadin();
    }

    /** Types a date as the user does (dd-MM-yyyy) into a vaadin-date-picker and confirms it with Enter. */
    protected void typeDate(String id, String date) {
        WebElement input = scrollTo(By.id(id)).findElement(By.cssSelector("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.ENTER);
        waitForVaadin();
        waitUntil(id + " to show " + date, d -> date.equals(input.getDomProperty("value")));
    }

    /** Opens a vaadin-select and clicks the item with this label in its overlay. */
    protected void select(String id, String label) {
        WebElement select = scrollTo(By.id(id));
        clickWhenFree(select.findElement(By.cssSelector("vaadin-select-value-button")));
        clickWhenFree(option(label));
        waitUntil(id + " to show " + label, d -> label.equals(fieldText(select)));
    }

    /**
     * Types into a combo box or a multi-select combo box, clicks the offered item with this label and
     * leaves the field with Tab (a multi-select one stays open otherwise).
     */
    protected void pick(String id, String label) {
        WebElement box = scrollTo(By.id(id));
        WebElement input = box.findElement(By.cssSelector("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), label);
        clickWhenFree(option(label));
        input.sendKeys(Keys.TAB);
        waitForVaadin();
        waitUntil(id + " to hold " + label, d -> fieldText(box).contains(label));
    }

    /** Ticks (or unticks) a vaadin-checkbox. */
    protected void check(String id) {
        WebElement checkbox = scrollTo(By.id(id));
        boolean before = checkbox.getDomAttribute("checked") != null;
        clickWhenFree(checkbox.findElement(By.cssSelector("input"))); // the host may be wider than its box
        waitUntil(id + " to change", d -> (checkbox.getDomAttribute("checked") != null) != before);
    }

    /** Chooses the radio button with this label in a vaadin-radio-group. */
    protected void chooseRadio(String groupId, String label) {
        WebElement group = scrollTo(By.id(groupId));
        WebElement radio = waitUntil("the radio button " + label, d -> group
                .findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(r -> label.equals(r.getText().trim())).findFirst().orElse(null));
        clickWhenFree(radio.findElement(By.cssSelector("input")));
        waitUntil(label + " to be chosen", d -> radio.getDomAttribute("checked") != null);
    }

    /**
     * The shown item with exactly this label in the overlay of a select or combo box (overlays live at
     * document level; the copy of the chosen item inside a select's own button does not count).
     */
    protected WebElement option(String label) {
        return waitUntil("the item \"" + label + "\" to be offered", d -> (WebElement) js("""
                return Array.from(document.querySelectorAll(
                        'vaadin-select-item, vaadin-combo-box-item, vaadin-multi-select-combo-box-item'))
                    .find(item => !item.closest('vaadin-select-value-button') && item.checkVisibility()
                        && item.textContent.trim() === arguments[0]) || null;
                """, label));
    }

    /** What a field shows: a select's chosen item, a combo box's text or chips, an input's value. */
    protected String fieldText(WebElement field) {
        return (String) js("""
                const f = arguments[0];
                const button = f.querySelector('vaadin-select-value-button');
                if (button) return button.textContent.trim();
                const chips = Array.from(f.querySelectorAll('vaadin-multi-select-combo-box-chip'))
                    .map(c => c.label || c.textContent.trim());
                if (chips.length) return chips.join(', ');
                const input = f.querySelector('input, textarea');
                return input ? input.value : (f.value ?? '').toString();
                """, field);
    }

}
