extension TrainingText {
    static let portuguese = #"""
    Olá, encomendei um par de ténis na terça-feira passada e a página de rastreio continua a dizer que a encomenda está no armazém.
    Podem dizer-me quando vou receber o reembolso? Já passaram quase três semanas desde que devolvi o artigo.
    Muito obrigado pela resposta rápida, o produto de substituição chegou hoje de manhã e está a funcionar perfeitamente.
    Sou cliente há muitos anos, mas a forma como o vosso apoio tratou a minha reclamação foi mesmo decepcionante.
    O aplicativo trava toda vez que eu tento enviar uma foto, e reinstalar não resolveu nada.
    Pedimos desculpa pelo incómodo e já encaminhámos o seu comentário para a equipa de entregas.
    É possível alterar a morada de entrega depois de o pedido já ter sido confirmado?
    Meu voo foi cancelado em cima da hora e ninguém no balcão soube explicar o que a gente deveria fazer.
    O hotel era limpo e sossegado, os funcionários muito simpáticos, e o pequeno-almoço era servido até às onze.
    À noite passeámos junto ao rio e encontrámos um pequeno restaurante com a melhor sopa de peixe que já comi.
    O comboio para o aeroporto sai de vinte em vinte minutos da estação central, por isso não é preciso reservar.
    Estão previstas chuvas fortes esta noite no norte do país, com rajadas de vento no litoral.
    A prefeitura anunciou na segunda-feira que a nova ponte será aberta ao trânsito até o fim do ano.
    As ações da empresa caíram bastante depois de ela avisar que os lucros seriam menores do que o esperado.
    A polícia pede a quem tenha presenciado o acidente que entre em contato.
    Acabei de experimentar a cafeteria nova do centro e nossa, os doces são incríveis, com certeza vou voltar no fim de semana!
    Não acredito no tamanho da fila nos correios hoje, esperei quase uma hora só para mandar uma carta.
    Sinceramente o atendimento ao cliente é uma piada, estou há quarenta minutos esperando e ninguém atende.
    Adorei a nova atualização, o modo escuro ficou lindo e está tudo muito mais rápido do que antes.
    Quem vai ver o jogo hoje à noite? Acho que o nosso time finalmente tem uma chance de verdade nesta temporada.
    Quero cancelar a minha assinatura porque já não uso o serviço e fui cobrado duas vezes este mês.
    A sua encomenda foi entregue à porta. Se não a recebeu, contacte-nos no prazo de sete dias.
    A bateria acaba muito rápido desde a última atualização, agora mal dura meio dia.
    Em anexo segue uma cópia da fatura e as fotos que mostram os danos na caixa.
    Temos o prazer de informar que a sua conta foi atualizada sem qualquer custo.
    As crianças passaram a tarde inteira a fazer castelos de areia na praia enquanto nós líamos à sombra.
    Se vierem no verão, tragam um casaco leve, porque à noite pode ficar surpreendentemente fresco.
    O meu vizinho põe música alta todas as noites esta semana e eu preciso mesmo de dormir.
    Ela finalmente conseguiu o emprego que queria, e na sexta-feira vamos todos jantar fora para comemorar.
    Não te esqueças de regar as plantas e dar comida ao gato enquanto estivermos fora no fim de semana.
    O museu fecha às segundas-feiras, mas os jardins estão abertos todos os dias das nove da manhã até ao pôr do sol.
    A nossa ligação à internet cai várias vezes por dia, o que torna muito difícil trabalhar a partir de casa.
    O técnico devia vir entre as oito e o meio-dia, mas nunca apareceu e ninguém ligou.
    A que horas abre a farmácia ao domingo, e preciso de receita para este medicamento?
    Agradecemos a sua paciência enquanto analisamos o problema; responderemos o mais rapidamente possível.
    De acordo com a última pesquisa, cada vez mais jovens preferem alugar em vez de comprar a primeira casa.
    O governo prometeu investir mais dinheiro em escolas, hospitais e transportes públicos nos próximos cinco anos.
    Os cientistas dizem que o tempo quente fez as flores abrirem quase duas semanas mais cedo do que o normal.
    Alguém conhece um bom mecânico perto da estação? O meu carro faz um barulho estranho quando travo.
    Disseram-me ao telefone que o desconto seria aplicado, mas não aparece no preço final.
    Foi maravilhoso o casamento, a música estava ótima e toda a gente dançou até à meia-noite.
    É a terceira vez que vos escrevo sobre o mesmo problema e ainda não recebi uma resposta clara.
    Certifique-se de que a senha tem pelo menos oito caracteres, incluindo um número e uma letra maiúscula.
    O tempo estava perfeito para uma longa caminhada pelas colinas, e paramos para almoçar numa quinta que vende o seu próprio queijo.
    Acho que há um erro na minha conta, porque me cobraram um plano premium que nunca contratei.
    No geral foi uma ótima experiência, o motorista foi educado, o carro estava impecável e chegamos antes do previsto.
    Seria possível falar com um responsável? Sinto que o meu caso não foi levado a sério.
    Estão a construir um supermercado novo na esquina, por isso a rua vai ficar fechada durante algumas semanas.
    Parabéns à minha irmã maravilhosa, espero que todos os teus desejos se realizem este ano!
    A reunião passou para quinta-feira à tarde porque metade da equipa está em viagem na quarta.
    Todas as manhãs apanho o autocarro para o trabalho, e quando chove chega sempre atrasado.
    Por que é tão difícil encontrar um número de telefone no site de vocês? Eu só quero falar com uma pessoa.
    A nova regra vai afetar milhares de trabalhadores que dependem das horas extras para pagar as contas.
    Recebemos o seu pedido e um elemento da nossa equipa entrará em contacto consigo em dois dias úteis.
    """#
}
