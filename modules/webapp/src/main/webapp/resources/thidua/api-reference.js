/*
 * The API reference page: reads the OpenAPI document the server publishes and lists its operations, grouped by
 * the first segment after /api/v1, with their parameters. Everything from the document is written as text
 * (textContent), never as markup.
 */
(function () {
    var target = document.getElementById('apiReference');
    if (!target) {
        return;
    }
    function element(name, className, text) {
        var node = document.createElement(name);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = text;
        }
        return node;
    }
    function render(doc) {
        target.textContent = '';
        var groups = {};
        Object.keys(doc.paths || {}).sort().forEach(function (path) {
            var group = (path.split('/')[3] || path);
            (groups[group] = groups[group] || []).push(path);
        });
        Object.keys(groups).forEach(function (group) {
            var section = element('section', 'thidua-api-group');
            section.appendChild(element('h3', null, group));
            groups[group].forEach(function (path) {
                var item = doc.paths[path];
                ['get', 'put', 'post', 'delete', 'patch'].forEach(function (method) {
                    if (!item[method]) {
                        return;
                    }
                    var operation = item[method];
                    var block = element('div', 'thidua-api-operation');
                    var title = element('p', 'thidua-api-signature');
                    title.appendChild(element('span', 'thidua-api-method thidua-api-' + method, method.toUpperCase()));
                    title.appendChild(element('code', null, path));
                    block.appendChild(title);
                    if (operation.summary || operation.description) {
                        block.appendChild(element('p', 'thidua-muted', operation.summary || operation.description));
                    }
                    var parameters = (item.parameters || []).concat(operation.parameters || []);
                    if (parameters.length) {
                        var list = element('ul', 'thidua-api-parameters');
                        parameters.forEach(function (p) {
                            var line = element('li');
                            line.appendChild(element('code', null, p.name));
                            line.appendChild(document.createTextNode(' (' + p['in']
                                + (p.required ? ', ' + target.dataset.required : '') + ')'));
                            list.appendChild(line);
                        });
                        block.appendChild(element('p', 'thidua-api-label', target.dataset.parameters));
                        block.appendChild(list);
                    }
                    if (operation.requestBody) {
                        block.appendChild(element('p', 'thidua-api-label',
                            target.dataset.body + ': ' + Object.keys(operation.requestBody.content || {}).join(', ')));
                    }
                    section.appendChild(block);
                });
            });
            target.appendChild(section);
        });
    }
    fetch(target.dataset.source, {headers: {'Accept': 'application/json'}})
        .then(function (response) {
            if (!response.ok) {
                throw new Error(response.status);
            }
            return response.json();
        })
        .then(render)
        .catch(function () {
            target.textContent = target.dataset.failed;
        });
}());
