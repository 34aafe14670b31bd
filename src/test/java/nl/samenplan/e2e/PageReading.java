package nl.samenplan.e2e;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Reading what a page shows, for the browser tests: grid cells, menu labels, text inside shadow DOM, the cards of
 * Hulpvragen and Goedkeuren, and files fetched with the browser's own session.
 */
abstract class PageReading extends VaadinFields {

    /** The trimmed texts of the grid cells that are really shown (not the cells of recycled, hidden rows). */
    @SuppressWarnings("unchecked")
    protected List<String> visibleCellTexts(WebElement grid) {
        return (List<String>) js("""
                return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))
                    .filter(cell => cell.checkVisibility())
                    .map(cell => cell.textContent.trim())
                    .filter(text => text.length > 0);
                """, grid);
    }

    /**
     * The rung of each agreement in the plan's agreements grid as a sentence: the rung badge's whole name, the
     * funding domain in brackets and the approval state, e.g. "4 · Professionele zorg (Wmo) · ter goedkeuring". (The
     * grid shows the rung short, "4 · Prof.", with the whole name as its tooltip and for screen readers.)
     */
    @SuppressWarnings("unchecked")
    protected List<String> agreementRungs(WebElement grid) {
        return (List<String>) js("""
                return Array.from(arguments[0].querySelectorAll('.agreement-badges')).map(cell => {
                  const text = css => { const e = cell.querySelector(css); return e ? e.textContent.trim() : null; };
                  const rung = cell.querySelector('.rung-badge');
                  const domain = text('.domain-badge');
                  const approval = text('.approval-badge');
                  return (rung ? rung.getAttribute('title') : '') + (domain ? ' (' + domain + ')' : '')
                      + (approval ? ' · ' + approval : '');
                });
                """, grid);
    }

    /** The labels of the menu items that are shown. */
    @SuppressWarnings("unchecked")
    protected List<String> visibleMenuLabels(WebElement sideNav) {
        return (List<String>) js("""
                return Array.from(arguments[0].querySelectorAll('vaadin-side-nav-item'))
                    .filter(item => item.checkVisibility())
                    .map(item => item.textContent.trim());
                """, sideNav);
    }

    /**
     * The text that an element shows, including its shadow DOM (Vaadin components keep labels and
     * messages there); text of hidden parts, such as a login error that is not shown, is left out.
     */
    protected String deepText(WebElement element) {
        return (String) js("""
                const parts = [];
                const walk = node => {
                  if (node.nodeType === Node.TEXT_NODE) {
                    const parent = node.parentElement || node.getRootNode().host;
                    if (parent && parent.checkVisibility()) parts.push(node.textContent);
                    return;
                  }
                  if (node.shadowRoot) walk(node.shadowRoot);
                  node.childNodes.forEach(walk);
                };
                walk(arguments[0]);
                return parts.join(' ').replace(/\\s+/g, ' ').trim();
                """, element);
    }

    /** A file the browser fetched with its own session (cookies), as the download link would. */
    protected record Download(int status, String contentType, String disposition, byte[] bytes) {
    }

    /**
     * Fetches an address inside the page with the browser's session, instead of clicking a download
     * link (headless Chromium saves downloads out of sight).
     */
    @SuppressWarnings("unchecked")
    protected Download fetchWithSession(String href) {
        Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.arrayBuffer().then(buffer => {
                    const bytes = new Uint8Array(buffer);
                    let binary = '';
                    for (let i = 0; i < bytes.length; i += 8192) {
                      binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
                    }
                    done({status: r.status, type: r.headers.get('content-type') || '',
                          disposition: r.headers.get('content-disposition') || '', base64: btoa(binary)});
                  }))
                  .catch(e => done({status: -1, type: '', disposition: String(e), base64: ''}));
                """, href);
        return new Download(((Number) answer.get("status")).intValue(), (String) answer.get("type"),
                (String) answer.get("disposition"), Base64.getDecoder().decode((String) answer.get("base64")));
    }

    /** The card of the need whose title starts with this category, or null (looked up in one go, in the page). */
    protected WebElement needCard(String category) {
        return (WebElement) js("""
                return Array.from(document.querySelectorAll('#needs > .card'))
                    .find(card => card.querySelector('h3').textContent.startsWith(arguments[0])) || null;
                """, category);
    }

    /** The approval card in the inbox that names this client, or null (looked up in one go, in the page). */
    protected WebElement approvalCard(String client) {
        return (WebElement) js("""
                return Array.from(document.querySelectorAll('#approvals > .card'))
                    .find(card => card.textContent.includes(arguments[0])) || null;
                """, client);
    }
}
