/* The network's additions to the vendored Decap CMS (decap-cms.js), loaded by /admin/
   (generator/adapter/admin_page.py) after the bundle and before it starts the editor. It reads its
   settings from the page's <script id="amb-editor"> and asks no other host for anything. */
(function () {
  "use strict";
  var setup = JSON.parse(document.getElementById("amb-editor").textContent);
  var h = window.h, createClass = window.createClass, CMS = window.CMS;

  /* "＋ Ambassadeur": Decap's Dutch and English texts write U+FF0B FULLWIDTH PLUS SIGN,
     which most fonts lack (a missing-glyph box). An ordinary plus sign instead. */
  ["nl", "en"].forEach(function (code) {
    var phrases = CMS.getLocale(code);
    var top = phrases && phrases.collection && phrases.collection.collectionTop;
    if (top && top.newButton) top.newButton = top.newButton.replace(/\uFF0B/g, "+");
  });

  /* The preview looks like the site: its own stylesheets (absolute addresses on this
     host: the preview is an iframe without an address of its own), and each entry drawn in
     the theme's typeset block. */
  setup.stylesheets.forEach(function (href) {
    CMS.registerPreviewStyle(new URL(href, document.baseURI).href);
  });
  CMS.registerPreviewStyle(
    "body { margin: 0; background: var(--md-default-bg-color); }\n" +
    ".amb-preview { max-width: 42rem; margin: 0 auto; padding: 1.2rem 1rem 2rem; }\n" +
    ".amb-preview img { max-width: 16rem; height: auto; border-radius: 0.4rem; }\n" +
    ".amb-preview dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }\n" +
    ".amb-preview dt { font-weight: 700; margin: 0; } .amb-preview dd { margin: 0; }\n" +
    /* Decap's own preview of a text field repeats its label ("Functie: ..."). */
    ".amb-preview dd > div > div > strong:first-child { display: none; }",
    { raw: true });

  function empty(value) {
    return value === undefined || value === null || value === "" || value.size === 0;
  }

  var Preview = createClass({
    render: function () {
      var props = this.props;
      var identifier = props.collection.get("identifier_field");
      var rows = [];
      props.collection.get("fields").forEach(function (field) {
        var name = field.get("name");
        if (name === "body" || name === identifier || field.get("widget") === "hidden" ||
            empty(props.entry.getIn(["data", name]))) return;
        rows.push(h("dt", { key: name + "-label" }, field.get("label")));
        rows.push(h("dd", { key: name }, props.widgetFor(name)));
      });
      return h("article", { className: "md-typeset amb-preview", lang: "nl",
                            "data-md-color-scheme": "default",
                            "data-md-color-primary": "custom",
                            "data-md-color-accent": "custom" },
               h("h1", null, String(props.entry.getIn(["data", identifier]) || "")),
               rows.length ? h("dl", null, rows) : null,
               props.widgetFor("body"));
    }
  });
  setup.collections.forEach(function (name) { CMS.registerPreviewTemplate(name, Preview); });

  /* Dates as the Netherlands writes them. Decap's own date field is the browser's date
     input, which shows the browser's format (mm/dd/yyyy in an English browser) and "UTC";
     this one shows and reads 20-05-2026 (and 20-05-2026 14:30 for a moment) and saves what
     the spec asks: 2026-05-20 and 2026-05-20T14:30, local time, as `format` says. */
  var SHOWN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;
  var TYPED = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?$/;

  function pad(number) { return (number < 10 ? "0" : "") + number; }

  function shown(value) {
    if (empty(value)) return "";
    var found = SHOWN.exec(String(value));
    if (!found) return String(value);
    return found[3] + "-" + found[2] + "-" + found[1] + (found[4] ? " " + found[4] + ":" + found[5] : "");
  }

  /* A moment (a story, an event) may be a date alone, as the spec allows; a date is never
     given a time. */
  function stored(text, withTime) {
    var found = TYPED.exec(text.trim());
    if (!found || (found[4] && !withTime)) return null;
    var day = +found[1], month = +found[2], year = +found[3];
    var check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 ||
        check.getUTCDate() !== day) return null;
    var date = year + "-" + pad(month) + "-" + pad(day);
    if (!found[4]) return date;
    var hours = +found[4], minutes = +found[5];
    if (hours > 23 || minutes > 59) return null;
    return date + "T" + pad(hours) + ":" + pad(minutes);
  }

  var DutchDate = createClass({
    getInitialState: function () { return { text: shown(this.props.value) }; },
    withTime: function () { return /H/.test(this.props.field.get("format") || ""); },
    handleChange: function (event) {
      var text = event.target.value;
      this.setState({ text: text });
      var value = stored(text, this.withTime());
      if (text.trim() === "") this.props.onChange("");
      else if (value) this.props.onChange(value);
    },
    isValid: function () {
      var text = this.state.text.trim();
      if (text === "" || stored(text, this.withTime())) return true;
      return { error: { message: this.withTime() ? setup.moment_error : setup.date_error } };
    },
    render: function () {
      var props = this.props;
      return h("input", {
        type: "text", id: props.forID, className: props.classNameWrapper,
        value: this.state.text, onChange: this.handleChange, inputMode: "numeric",
        autoComplete: "off", disabled: props.isDisabled,
        placeholder: this.withTime() ? setup.moment_placeholder : setup.date_placeholder,
        onFocus: props.setActiveStyle, onBlur: props.setInactiveStyle
      });
    }
  });
  var DatePreview = createClass({
    render: function () { return h("span", null, shown(this.props.value)); }
  });
  CMS.registerWidget("datetime", DutchDate, DatePreview);
})();
