import type { LeadForm } from "./form.entity.js";

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/**
 * The embeddable snippet: a plain HTML form that works without JavaScript (urlencoded POST, then a 303 to
 * the thank-you page; the browser itself checks required fields and email inputs), a hidden honeypot
 * input, the signed time it was served, and an optional small script that marks invalid inputs
 * (aria-invalid) for assistive technology and styling.
 */
export function renderFormEmbed(form: LeadForm, actionUrl: string, servedAt: string): string {
  const inputs = form.fields.map((field) => {
    const id = `ll-${form.id}-${field.name}`;
    const required = field.required ? " required" : "";
    const control =
      field.type === "textarea"
        ? `<textarea id="${id}" name="${field.name}"${required}></textarea>`
        : `<input id="${id}" name="${field.name}" type="${field.type}"${required}>`;
    return `  <p><label for="${id}">${escape(field.label)}${field.required ? " *" : ""}</label><br>${control}</p>`;
  });
  return [
    `<form class="leadline-form" method="post" action="${escape(actionUrl)}" enctype="application/x-www-form-urlencoded">`,
    ...inputs,
    `  <p><label><input type="checkbox" name="consent" value="true"> I agree to be contacted</label></p>`,
    `  <div style="position:absolute;left:-10000px" aria-hidden="true"><input type="text" name="${escape(form.honeypotField)}" tabindex="-1" autocomplete="off"></div>`,
    `  <input type="hidden" name="_ts" value="${escape(servedAt)}">`,
    `  <button type="submit">Send</button>`,
    `</form>`,
    `<script>(function(f){f=document.currentScript.previousElementSibling;f.addEventListener("submit",function(e){var ok=true;` +
      `Array.prototype.forEach.call(f.elements,function(el){if(!el.name||el.type==="hidden")return;` +
      `var bad=(el.required&&!el.value.trim())||(el.type==="email"&&el.value&&!/^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/.test(el.value));` +
      `el.setAttribute("aria-invalid",bad?"true":"false");if(bad)ok=false;});if(!ok)e.preventDefault();});})();</script>`,
  ].join("\n");
}
