fetch('/openapi.json').then(r => r.json()).then(spec => {
  const ops = document.getElementById('ops'); ops.textContent = '';
  for (const [path, item] of Object.entries(spec.paths || {})) {
    for (const [method, op] of Object.entries(item)) {
      const div = document.createElement('div'); div.className = 'op';
      const h = document.createElement('h3');
      h.innerHTML = '<span class="m"></span> <code></code> ';
      h.querySelector('.m').textContent = method; h.querySelector('code').textContent = path;
      h.append(op.summary || '');
      div.append(h);
      const codes = Object.entries(op.responses || {}).map(([c, r]) => c + ' ' + (r.description || ''));
      const p = document.createElement('p'); p.textContent = 'Responses: ' + codes.join(' · ');
      div.append(p); ops.append(div);
    }
  }
  const sc = document.getElementById('schemas');
  for (const [name, s] of Object.entries((spec.components || {}).schemas || {})) {
    const h = document.createElement('h3'); h.textContent = name;
    const pre = document.createElement('pre'); pre.textContent = JSON.stringify(s, null, 2);
    sc.append(h, pre);
  }
}).catch(e => { document.getElementById('ops').textContent = 'Could not load the spec: ' + e; });
