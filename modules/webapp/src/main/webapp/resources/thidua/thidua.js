/*
 * Accessibility repairs of PrimeFaces markup, after every load and AJAX update: the skinned simple file upload
 * hides its real <input type="file"> from assistive technology while keeping it focusable, so a keyboard user
 * lands on an element a screen reader does not announce. The input stays the one control; it is announced,
 * named after its visible "choose" button when no label names it.
 */
(function () {
    function repair() {
        document.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
        });
        document.querySelectorAll('input[type="file"]:not([aria-label])').forEach(function (input) {
            var labelled = input.id && document.querySelector('label[for="' + CSS.escape(input.id) + '"]');
            var upload = input.closest('.ui-fileupload, .ui-fileupload-simple, .ui-fileupload-buttonbar, .ui-button');
            var button = upload && upload.querySelector('.ui-button-text');
            if (!labelled && button && button.textContent.trim()) {
                input.setAttribute('aria-label', button.textContent.trim());
            }
        });
    }
    document.addEventListener('DOMContentLoaded', repair);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', repair);
    }
}());

/*
 * The units' tree of the unit pickers: the button beside a picker opens the layout's dialog; the unit chosen
 * there fills that picker as a chosen suggestion does (its name and code shown, the code in the hidden field).
 */
window.thidua = window.thidua || {};
(function (thidua) {
    var target = null;
    thidua.openTree = function (button) {
        target = button.parentNode.querySelector('.ui-autocomplete');
        PF('unitTree').show();
    };
    thidua.pickFromTree = function (args) {
        if (!args || !args.code || !target) {
            return;
        }
        var input = target.querySelector('input.ui-autocomplete-input');
        var hidden = target.querySelector('input[type="hidden"][id$="_hinput"]');
        input.value = args.label;
        if (hidden) {
            hidden.value = args.code;
        }
        PF('unitTree').hide();
        jQuery(input).trigger('change');
        input.focus();
    };
}(window.thidua));
