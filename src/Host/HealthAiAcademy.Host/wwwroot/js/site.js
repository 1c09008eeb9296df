// Behaviour of the pages, in one file so the Content-Security-Policy needs no inline script.
(function () {
    'use strict';

    // Staff fields: a combobox (WAI-ARIA 1.2 pattern) that suggests staff by name or email as one types.
    function staffPicker(root) {
        const input = root.querySelector('[data-staff-search]');
        const list = root.querySelector('[role="listbox"]');
        const status = root.querySelector('[data-staff-status]');
        let active = -1;
        let timer;
        let asked = 0;

        function options() { return Array.from(list.querySelectorAll('[role="option"]')); }

        function close() {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
            active = -1;
        }

        function highlight(index) {
            const all = options();
            all.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
            active = index;
            if (index >= 0) { input.setAttribute('aria-activedescendant', all[index].id); } else { input.removeAttribute('aria-activedescendant'); }
        }

        function choose(option) {
            input.value = option.dataset.email;
            close();
        }

        async function search() {
            const words = input.value.trim();
            if (words.length < 2) { close(); return; }
            const ticket = ++asked;
            const response = await fetch(input.dataset.staffSearch + '?search=' + encodeURIComponent(words), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
            if (!response.ok || ticket !== asked) { return; }
            const staff = await response.json();
            list.replaceChildren(...staff.map((person, i) => {
                const option = document.createElement('li');
                option.id = input.id + '-option-' + i;
                option.setAttribute('role', 'option');
                option.setAttribute('aria-selected', 'false');
                option.dataset.email = person.email;
                option.textContent = person.fullName + ' – ' + person.email;
                option.addEventListener('mousedown', event => { event.preventDefault(); choose(option); });
                return option;
            }));
            list.hidden = staff.length === 0;
            input.setAttribute('aria-expanded', String(staff.length > 0));
            highlight(-1);
            status.textContent = status.dataset.found.replace('{0}', staff.length);
        }

        input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 150); });
        input.addEventListener('blur', () => setTimeout(close, 100));
        input.addEventListener('keydown', event => {
            const all = options();
            if (event.key === 'ArrowDown' && all.length) { event.preventDefault(); list.hidden = false; input.setAttribute('aria-expanded', 'true'); highlight((active + 1) % all.length); }
            else if (event.key === 'ArrowUp' && all.length) { event.preventDefault(); highlight(active <= 0 ? all.length - 1 : active - 1); }
            else if (event.key === 'Enter' && !list.hidden && active >= 0) { event.preventDefault(); choose(all[active]); }
            else if (event.key === 'Escape') { close(); }
        });
    }

    // Copy buttons next to read-only fields (verification links).
    function copyButton(button) {
        button.addEventListener('click', async () => {
            const input = document.getElementById(button.dataset.copy);
            input.select();
            try { await navigator.clipboard.writeText(input.value); button.textContent = button.dataset.copied; }
            catch { button.textContent = button.dataset.copyFailed; }
        });
    }

    // The progress bar of a bulk certificate run, polled until the run ends.
    function bulkProgress(section) {
        const bar = document.getElementById('bulk-progress');
        const status = document.getElementById('bulk-status');
        async function poll() {
            const response = await fetch('/api/certification/bulk-issue/' + section.dataset.run, { credentials: 'same-origin' });
            if (!response.ok) { return; }
            const run = await response.json();
            bar.value = run.percent;
            bar.textContent = run.percent + '%';
            const states = JSON.parse(status.dataset.states);
            status.textContent = (states[run.state] || run.state) + ': ' + status.dataset.progress.replace('{0}', run.done).replace('{1}', run.total).replace('{2}', run.issued) + (run.error ? ' ' + run.error : '');
            if (run.state === 'Finished' || run.state === 'Failed') { location.reload(); } else { setTimeout(poll, 1000); }
        }
        setTimeout(poll, 500);
    }

    // A form that came back with problems: its summary takes the focus, so it is read out first.
    const summary = document.querySelector('[data-error-summary]');
    if (summary) { summary.focus(); }

    document.querySelectorAll('[data-staff-picker]').forEach(staffPicker);
    document.querySelectorAll('[data-copy]').forEach(copyButton);
    document.querySelectorAll('[data-run][data-running]').forEach(bulkProgress);
})();
