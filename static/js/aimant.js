/* Aimant: the few behaviours the public site needs. No dependencies, no build. */
(function () {
  "use strict";

  var CONSENT_COOKIE = "aimant_consent";
  var CONSENT_MAX_AGE = 60 * 60 * 24 * 180; // CNIL: ask again after six months.

  function readCookie(name) {
    var match = document.cookie.match(new RegExp("(?:^|; )" + name + "=([^;]*)"));
    return match ? decodeURIComponent(match[1]) : null;
  }

  function writeConsent(choice) {
    var secure = window.location.protocol === "https:" ? "; Secure" : "";
    document.cookie = CONSENT_COOKIE + "=" + choice + "; Max-Age=" + CONSENT_MAX_AGE +
      "; Path=/; SameSite=Lax" + secure;
    document.dispatchEvent(new CustomEvent("aimant:consent", { detail: { choice: choice } }));
  }

  function setUpConsentBanner() {
    var banner = document.querySelector("[data-consent-banner]");
    if (!banner) return;
    if (!readCookie(CONSENT_COOKIE)) banner.hidden = false;
    banner.addEventListener("click", function (event) {
      var button = event.target.closest("[data-consent-choice]");
      if (!button) return;
      writeConsent(button.getAttribute("data-consent-choice"));
      banner.hidden = true;
    });
    document.querySelectorAll("[data-consent-open]").forEach(function (opener) {
      opener.addEventListener("click", function () {
        banner.hidden = false;
        var first = banner.querySelector("button");
        if (first) first.focus();
      });
    });
  }

  function setUpNavigationToggle() {
    var toggle = document.querySelector(".nav-toggle");
    var nav = document.getElementById("site-nav");
    if (!toggle || !nav) return;
    toggle.hidden = false;
    nav.classList.add("site-nav--collapsible");
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!open));
      nav.classList.toggle("site-nav--open", !open);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpConsentBanner();
    setUpNavigationToggle();
  });
})();
