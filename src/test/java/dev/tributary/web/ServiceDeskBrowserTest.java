package dev.tributary.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.testsupport.ApiTestSupport;
import dev.tributary.testsupport.Browser;
import dev.tributary.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** In a real browser: sign in, create a client and a board, and see them listed. */
@BrowserTest
class ServiceDeskBrowserTest extends ApiTestSupport {

    @Test
    void signInCreateAClientAndABoardAndSeeThemListed() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", "admin-password");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Dashboard");

            browser.go("/admin/clients");
            browser.find(By.id("name")).sendKeys("Contoso Pharmaceuticals");
            browser.find(By.cssSelector("#new-client button[type=submit]")).click();
            browser.waitFor(d -> d.findElement(By.id("client-table")).getText().contains("Contoso Pharmaceuticals"));

            browser.go("/admin/boards");
            browser.find(By.id("name")).sendKeys("Security Operations");
            browser.find(By.cssSelector("#new-board button[type=submit]")).click();
            String boards = browser.waitFor(d -> d.findElement(By.id("board-table"))).getText();
            assertThat(boards).contains("Security Operations").contains("New").contains("Closed");
            browser.screenshot("service-desk-setup", false);
        }
    }
}
