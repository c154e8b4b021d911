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

  /* Tracking beacon: the page HTML is the same for everyone, so what a visitor
     does is reported here. Without consent the server keeps only an anonymous
     page count; with consent it records the visitor's interactions. */
  function sendBeacon(event, extra) {
    var body = document.body;
    var pageId = parseInt(body.getAttribute("data-page-id"), 10);
    var url = body.getAttribute("data-beacon-url");
    if (!pageId || !url || !window.fetch) return;
    var payload = { event: event, page: pageId };
    if (extra) Object.keys(extra).forEach(function (key) { payload[key] = extra[key]; });
    window.fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(payload),
      credentials: "same-origin",
      keepalive: true
    }).catch(function () { /* never disturb the page */ });
  }

  function setUpTracking() {
    var visit = { url: window.location.pathname + window.location.search, referrer: document.referrer };
    sendBeacon("view", visit);
    document.addEventListener("aimant:consent", function (event) {
      if (event.detail.choice === "accepted") sendBeacon("view", visit);
    });
    document.addEventListener("click", function (event) {
      var tracked = event.target.closest("[data-track]");
      if (!tracked || readCookie(CONSENT_COOKIE) !== "accepted") return;
      sendBeacon(tracked.getAttribute("data-track"), {
        network: tracked.getAttribute("data-track-network") || ""
      });
    });
    var article = document.querySelector("[data-track-read]");
    if (!article || !("IntersectionObserver" in window)) return;
    var end = document.createElement("div");
    end.setAttribute("aria-hidden", "true");
    article.appendChild(end);
    var observer = new IntersectionObserver(function (entries) {
      if (!entries[0].isIntersecting || readCookie(CONSENT_COOKIE) !== "accepted") return;
      sendBeacon("read", { depth: 100 });
      observer.disconnect();
    });
    observer.observe(end);
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

  function setUpCopyLinks() {
    document.querySelectorAll("[data-copy-link]").forEach(function (button) {
      button.addEventListener("click", function () {
        if (!navigator.clipboard) return;
        navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(function () {
          button.textContent = button.getAttribute("data-copied-label");
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpConsentBanner();
    setUpNavigationToggle();
    setUpTracking();
    setUpCopyLinks();
  });
})();

// Webinars: show the event's time in the visitor's own time zone when it
// differs from the organiser's (the page itself stays the same for everyone).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    if (!window.Intl || !Intl.DateTimeFormat) return;
    var visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    document.querySelectorAll("[data-visitor-time]").forEach(function (element) {
      if (!visitorZone || visitorZone === element.getAttribute("data-zone")) return;
      var start = new Date(element.getAttribute("data-start"));
      var end = new Date(element.getAttribute("data-end"));
      if (isNaN(start) || isNaN(end)) return;
      var language = document.documentElement.lang || undefined;
      var day = new Intl.DateTimeFormat(language, { weekday: "long", day: "numeric", month: "long" });
      var time = new Intl.DateTimeFormat(language, { hour: "2-digit", minute: "2-digit" });
      element.textContent = element.getAttribute("data-label") + " " + day.format(start) + ", " +
        time.format(start) + "–" + time.format(end) + " (" + visitorZone + ")";
      element.hidden = false;
    });
  });
})();
