// Sinoterm report: the side panel, link highlighting and keyboard access. Everything the panel shows comes from
// the JSON embedded in the page and is written with textContent, never as markup.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('sinoterm-data').textContent);
  var entities = {};
  var links = {};
  data.documents.forEach(function (doc) {
    doc.entities.forEach(function (e) { entities[e.id] = e; links[e.id] = []; });
    doc.links.forEach(function (l) {
      links[l.from].push({ link: l, other: l.to, outgoing: true });
      links[l.to].push({ link: l, other: l.from, outgoing: false });
    });
  });
  var panel = document.getElementById('panel');
  var pinned = null;

  function fragments(id) {
    return document.querySelectorAll('main mark.ent[data-id="' + id + '"]');
  }
  function each(list, f) { Array.prototype.forEach.call(list, f); }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }
  function entityButton(id) {
    var e = entities[id];
    var button = el('button', e.text);
    button.title = e.type;
    button.addEventListener('click', function () { select(id, true); });
    return button;
  }
  // Every field of a normalized value, nested objects as nested tables, lists joined.
  function value(v) {
    if (v === null || v === undefined) { return el('span', '\u2014'); }
    if (Array.isArray(v)) {
      if (v.length === 0) { return el('span', 'none', 'hint'); }
      if (v.every(function (x) { return x === null || typeof x !== 'object'; })) { return el('span', v.join(', ')); }
      var list = el('ul');
      v.forEach(function (x) { var li = el('li'); li.appendChild(value(x)); list.appendChild(li); });
      return list;
    }
    if (typeof v === 'object') {
      var table = el('table', null, 'fields');
      Object.keys(v).forEach(function (k) {
        var tr = el('tr');
        tr.appendChild(el('th', k));
        var td = el('td');
        td.appendChild(value(v[k]));
        tr.appendChild(td);
        table.appendChild(tr);
      });
      return table;
    }
    return el('span', String(v));
  }
  function clearMarks() {
    each(document.querySelectorAll('main mark.sel, main mark.linked'), function (m) {
      m.classList.remove('sel', 'linked');
    });
  }
  function show(id, enclosing) {
    var e = entities[id];
    if (!e) { return; }
    clearMarks();
    each(fragments(id), function (m) { m.classList.add('sel'); });
    links[id].forEach(function (x) { each(fragments(x.other), function (m) { m.classList.add('linked'); }); });
    panel.textContent = '';
    panel.appendChild(el('h2', e.type + ' (' + e.lang + ')'));
    var facts = el('table', null, 'facts');
    [['text', e.text], ['span', '[' + e.start + ', ' + e.end + ')'], ['confidence', e.confidence], ['id', e.id]]
      .forEach(function (row) {
        var tr = el('tr');
        tr.appendChild(el('th', row[0]));
        tr.appendChild(el('td', String(row[1])));
        facts.appendChild(tr);
      });
    panel.appendChild(facts);
    panel.appendChild(el('h3', 'normalized'));
    var normalized = value(e.normalized);
    normalized.classList.add('normalized');
    panel.appendChild(normalized);
    panel.appendChild(el('h3', 'links'));
    if (links[id].length === 0) {
      panel.appendChild(el('p', 'none', 'hint'));
    } else {
      var list = el('ul', null, 'links');
      links[id].forEach(function (x) {
        var li = el('li', x.link.type + (x.outgoing ? ' \u2192 ' : ' \u2190 '));
        li.appendChild(entityButton(x.other));
        li.appendChild(document.createTextNode(' ' + Number(x.link.score).toFixed(2)));
        list.appendChild(li);
      });
      panel.appendChild(list);
    }
    if (enclosing && enclosing.length) {
      panel.appendChild(el('h3', 'inside'));
      var outer = el('ul', null, 'inside');
      enclosing.forEach(function (other) {
        var li = el('li', entities[other].type + ' ');
        li.appendChild(entityButton(other));
        outer.appendChild(li);
      });
      panel.appendChild(outer);
    }
  }
  // The entities that enclose a fragment (outer ones last), other than its own.
  function enclosingOf(mark) {
    var ids = [];
    for (var p = mark.parentElement; p; p = p.parentElement) {
      if (p.matches && p.matches('mark.ent') && p.dataset.id !== mark.dataset.id && ids.indexOf(p.dataset.id) < 0) {
        ids.push(p.dataset.id);
      }
    }
    return ids;
  }
  function select(id, pin, mark) {
    if (pin) { pinned = id; }
    show(id, mark ? enclosingOf(mark) : []);
  }
  // report.html#d1-e3 opens with that entity selected: a link to one entity.
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var first = entities[id] ? fragments(id)[0] : null;
    if (first) {
      select(id, true, first);
      first.scrollIntoView({ block: 'center' });
    }
  }
  window.addEventListener('hashchange', fromHash);
  var texts = document.querySelectorAll('main .text');
  each(texts, function (text) {
    text.addEventListener('click', function (event) {
      var mark = event.target.closest('mark.ent');
      if (mark) {
        select(mark.dataset.id, true, mark);
      } else {
        pinned = null;
        clearMarks();
      }
    });
    text.addEventListener('mouseover', function (event) {
      var mark = event.target.closest('mark.ent');
      if (mark && pinned === null) { select(mark.dataset.id, false, mark); }
    });
    text.addEventListener('focusin', function (event) {
      var mark = event.target.closest('mark.ent');
      if (mark) { select(mark.dataset.id, false, mark); }
    });
    text.addEventListener('keydown', function (event) {
      var mark = event.target.closest('mark.ent');
      if (mark && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        select(mark.dataset.id, true, mark);
      }
    });
  });
  fromHash();
}());
